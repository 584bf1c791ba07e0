import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { CompleteActionRequest, OutcomeReviewView, PanelActionView, PanelSummary, RecordOutcomeRequest, RecordOutcomeResult } from '@camhs/contracts';
import { Observable } from 'rxjs';

const id = (value: string) => encodeURIComponent(value);

/** After the sitting: a panel's outcome reviews due and its open actions, recording outcomes and marking actions done. Thin: no state. */
@Injectable({ providedIn: 'root' })
export class PanelFollowUpApi {
  private readonly http = inject(HttpClient);

  panels(): Observable<PanelSummary[]> {
    return this.http.get<PanelSummary[]>('/api/panels');
  }

  /** Open reviews due within two weeks, or overdue. */
  reviews(panelId: string): Observable<OutcomeReviewView[]> {
    return this.http.get<OutcomeReviewView[]>('/api/panel-reviews', { params: new HttpParams().set('panelId', panelId) });
  }

  recordOutcome(reviewId: string, request: RecordOutcomeRequest): Observable<RecordOutcomeResult> {
    return this.http.post<RecordOutcomeResult>(`/api/panel-reviews/${id(reviewId)}/outcome`, request);
  }

  /** Open actions, soonest due first. */
  actions(panelId: string): Observable<PanelActionView[]> {
    return this.http.get<PanelActionView[]>('/api/panel-actions', { params: new HttpParams().set('panelId', panelId) });
  }

  completeAction(actionId: string, request: CompleteActionRequest): Observable<PanelActionView> {
    return this.http.post<PanelActionView>(`/api/panel-actions/${id(actionId)}/done`, request);
  }
}
