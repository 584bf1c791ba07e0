import { DOCUMENT } from '@angular/common';
import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import { CSRF_COOKIE, RoutePolicy, SessionView, SignInRequest, SignedInUserView, permits } from '@camhs/contracts';
import { Role } from '@camhs/domain';
import { Observable, catchError, map, of, tap } from 'rxjs';

export const SIGN_IN_URL = '/api/auth/sign-in';
export const SIGN_OUT_URL = '/api/auth/sign-out';
export const SESSION_URL = '/api/auth/session';

export const SESSION_ENDED = 'Your session has ended. Sign in again to continue.';
export const SIGNED_OUT = 'You have signed out.';
export const SIGN_OUT_UNCONFIRMED =
  'The service did not confirm that you have signed out. Close your browser to be sure nobody else can use your session.';

export interface SignInNotice {
  text: string;
  /** `success` after signing out; `important` when the session ended without the user asking. */
  kind: 'success' | 'important';
}

/**
 * Who is signed in, as signals. Loaded once at start-up (`GET /api/auth/session`) and changed only
 * by signing in, signing out, or an API answer saying the session has ended. The API decides; this
 * copy only drives what the browser shows.
 */
@Injectable({ providedIn: 'root' })
export class SessionService {
  private readonly http = inject(HttpClient);
  private readonly document = inject(DOCUMENT);

  private readonly current = signal<SessionView | null>(null);
  private readonly notice = signal<SignInNotice | null>(null);

  readonly user = computed<SignedInUserView | null>(() => this.current()?.user ?? null);
  readonly signedIn = computed(() => this.current() !== null);
  readonly roles = computed<readonly Role[]>(() => this.current()?.user.roles ?? []);

  /** May the signed-in user do what `policy` guards? False when signed out. */
  allows(policy: RoutePolicy): boolean {
    return permits(policy, this.signedIn() ? this.roles() : null).allowed;
  }

  /** Start-up probe. Never fails: anything but a session means "signed out". */
  load(): Observable<void> {
    return this.http.get<SessionView>(SESSION_URL).pipe(
      tap((session) => this.current.set(session)),
      map(() => undefined),
      catchError((error: unknown) => {
        this.current.set(null);
        // The readable CSRF cookie outlives the session it came with, so finding one without a
        // session means this browser was signed in and the session has since expired.
        if (error instanceof HttpErrorResponse && error.status === 401 && this.hasCsrfCookie()) {
          this.notice.set({ text: SESSION_ENDED, kind: 'important' });
        }
        return of(undefined);
      }),
    );
  }

  signIn(request: SignInRequest): Observable<SessionView> {
    return this.http.post<SessionView>(SIGN_IN_URL, request).pipe(
      tap((session) => {
        this.current.set(session);
        this.notice.set(null);
      }),
    );
  }

  /** Ends the session on the server and here. Completes once, whatever the server said. */
  signOut(): Observable<void> {
    return this.http.post<void>(SIGN_OUT_URL, null).pipe(
      map(() => SIGNED_OUT),
      catchError((error: unknown) =>
        // 401: the session had already ended, which is what the user wanted.
        of(error instanceof HttpErrorResponse && error.status === 401 ? SIGNED_OUT : SIGN_OUT_UNCONFIRMED),
      ),
      tap((text) => {
        this.current.set(null);
        this.notice.set({ text, kind: text === SIGNED_OUT ? 'success' : 'important' });
      }),
      map(() => undefined),
    );
  }

  /**
   * The API answered 401 to a signed-in request: forget the session. Returns false when it was
   * already forgotten, so several failing requests lead to one trip to the sign-in page.
   */
  sessionEnded(): boolean {
    if (!this.current()) return false;
    this.current.set(null);
    this.notice.set({ text: SESSION_ENDED, kind: 'important' });
    return true;
  }

  /** The message for the sign-in page, given once. */
  takeNotice(): SignInNotice | null {
    const notice = this.notice();
    this.notice.set(null);
    return notice;
  }

  private hasCsrfCookie(): boolean {
    return this.document.cookie.split(';').some((c) => c.trim().startsWith(`${CSRF_COOKIE}=`));
  }
}
