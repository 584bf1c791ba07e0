import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { PanelReport, PanelSummary } from '@camhs/contracts';
import { Observable } from 'rxjs';

/** The panel report part of the API: the caller's panels, and a panel's report for a financial year. Thin: no state. */
@Injectable({ providedIn: 'root' })
export class PanelReportApi {
  private readonly http = inject(HttpClient);

  /** A coordinator's panels; a manager's: those covering their areas. */
  panels(): Observable<PanelSummary[]> {
    return this.http.get<PanelSummary[]>('/api/panels');
  }

  report(panelId: string, financialYear: string): Observable<PanelReport> {
    return this.http.get<PanelReport>(`/api/panels/${encodeURIComponent(panelId)}/report`, { params: new HttpParams().set('financialYear', financialYear) });
  }
}
