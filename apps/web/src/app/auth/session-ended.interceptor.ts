import { HttpErrorResponse, HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { catchError, throwError } from 'rxjs';
import { currentUrl, signInUrlTree } from './return-url';
import { SESSION_URL, SIGN_IN_URL, SIGN_OUT_URL, SessionService } from './session.service';

/** Calls whose 401 is an answer to handle where they are made, not a sign that the session ended. */
const OWN_401 = new Set([SIGN_IN_URL, SESSION_URL, SIGN_OUT_URL]);

/**
 * Any other API call answering 401 means the session has ended (idle or absolute limit, or signed
 * out elsewhere): forget it and go to the sign-in page, which brings the user back here afterwards.
 * The error still reaches the caller, whose page is about to be left anyway.
 */
export const sessionEndedInterceptor: HttpInterceptorFn = (request, next) => {
  const session = inject(SessionService);
  const router = inject(Router);
  return next(request).pipe(
    catchError((error: unknown) => {
      const path = request.url.split('?', 1)[0];
      if (error instanceof HttpErrorResponse && error.status === 401 && !OWN_401.has(path) && session.signedIn()) {
        const returnUrl = currentUrl(router);
        if (session.sessionEnded()) void router.navigateByUrl(signInUrlTree(router, returnUrl));
      }
      return throwError(() => error);
    }),
  );
};
