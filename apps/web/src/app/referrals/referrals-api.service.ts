import { HttpClient, HttpHeaders, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  ListReferralsQuery,
  Page,
  ReferenceDataView,
  ReferralView,
  RegisterReferralRequest,
} from '@camhs/contracts';
import { Observable } from 'rxjs';

/** The referrals part of the API (`/api/reference-data`, `/api/referrals`). Thin: no state. */
@Injectable({ providedIn: 'root' })
export class ReferralsApi {
  private readonly http = inject(HttpClient);

  referenceData(): Observable<ReferenceDataView> {
    return this.http.get<ReferenceDataView>('/api/reference-data');
  }

  list(query: ListReferralsQuery): Observable<Page<ReferralView>> {
    let params = new HttpParams();
    for (const [key, value] of Object.entries(query)) {
      if (value !== undefined && value !== null && value !== '') params = params.set(key, String(value));
    }
    return this.http.get<Page<ReferralView>>('/api/referrals', { params });
  }

  /** Register a referral; the same `idempotencyKey` with the same request makes one referral however often it is sent. */
  register(request: RegisterReferralRequest, idempotencyKey: string): Observable<ReferralView> {
    return this.http.post<ReferralView>('/api/referrals', request, { headers: new HttpHeaders({ 'Idempotency-Key': idempotencyKey }) });
  }
}
