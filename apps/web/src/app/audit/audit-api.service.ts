import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { AuditEventView, ListAuditQuery, Page } from '@camhs/contracts';
import { Observable } from 'rxjs';

/** The audit part of the API (`/api/audit`). Thin: no state. */
@Injectable({ providedIn: 'root' })
export class AuditApi {
  private readonly http = inject(HttpClient);

  list(query: ListAuditQuery): Observable<Page<AuditEventView>> {
    let params = new HttpParams().set('childId', query.childId);
    if (query.page !== undefined) params = params.set('page', String(query.page));
    if (query.pageSize !== undefined) params = params.set('pageSize', String(query.pageSize));
    return this.http.get<Page<AuditEventView>>('/api/audit', { params });
  }

  /** A plain link (not an XHR) so the browser saves the CSV file itself. */
  exportUrl(childId: string): string {
    return `/api/audit/export?${new HttpParams().set('childId', childId).toString()}`;
  }
}
