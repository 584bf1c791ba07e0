import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  AddPanelMemberRequest,
  AddToAgendaRequest,
  AllocationQuoteRequest,
  AllocationQuoteView,
  CloseSittingResult,
  CreatePanelRequest,
  OpenPanelCaseRequest,
  PanelBudgetView,
  PanelCaseBoard,
  PanelCaseView,
  PanelMemberView,
  PanelSummary,
  PanelView,
  RecordAttendanceRequest,
  RecordConsentRequest,
  RecordDecisionRequest,
  RecordDecisionResult,
  RecordEscalationRiskRequest,
  RemoveFromAgendaRequest,
  ScheduleSittingsRequest,
  SetPanelBudgetRequest,
  SittingSummary,
  SittingView,
  WithdrawPanelCaseRequest,
} from '@camhs/contracts';
import { Observable } from 'rxjs';

const id = (value: string) => encodeURIComponent(value);

/** The panels part of the API a coordinator works in: panels, cases, sittings, decisions and quotes. Thin: no state. */
@Injectable({ providedIn: 'root' })
export class PanelsApi {
  private readonly http = inject(HttpClient);

  panels(): Observable<PanelSummary[]> {
    return this.http.get<PanelSummary[]>('/api/panels');
  }

  panel(panelId: string): Observable<PanelView> {
    return this.http.get<PanelView>(`/api/panels/${id(panelId)}`);
  }

  createPanel(request: CreatePanelRequest): Observable<PanelView> {
    return this.http.post<PanelView>('/api/panels', request);
  }

  addMember(panelId: string, request: AddPanelMemberRequest): Observable<PanelMemberView> {
    return this.http.post<PanelMemberView>(`/api/panels/${id(panelId)}/members`, request);
  }

  setBudget(panelId: string, financialYear: string, request: SetPanelBudgetRequest): Observable<PanelBudgetView> {
    return this.http.put<PanelBudgetView>(`/api/panels/${id(panelId)}/budgets/${id(financialYear)}`, request);
  }

  scheduleSittings(panelId: string, request: ScheduleSittingsRequest): Observable<SittingSummary[]> {
    return this.http.post<SittingSummary[]>(`/api/panels/${id(panelId)}/sittings`, request);
  }

  quote(panelId: string, request: AllocationQuoteRequest): Observable<AllocationQuoteView> {
    return this.http.post<AllocationQuoteView>(`/api/panels/${id(panelId)}/allocation-quote`, request);
  }

  board(panelId: string): Observable<PanelCaseBoard> {
    return this.http.get<PanelCaseBoard>('/api/panel-cases', { params: new HttpParams().set('panelId', panelId) });
  }

  openCase(request: OpenPanelCaseRequest): Observable<PanelCaseView> {
    return this.http.post<PanelCaseView>('/api/panel-cases', request);
  }

  panelCase(caseId: string): Observable<PanelCaseView> {
    return this.http.get<PanelCaseView>(`/api/panel-cases/${id(caseId)}`);
  }

  recordConsent(caseId: string, request: RecordConsentRequest): Observable<PanelCaseView> {
    return this.http.post<PanelCaseView>(`/api/panel-cases/${id(caseId)}/consent`, request);
  }

  recordRisk(caseId: string, request: RecordEscalationRiskRequest): Observable<PanelCaseView> {
    return this.http.post<PanelCaseView>(`/api/panel-cases/${id(caseId)}/risk`, request);
  }

  withdraw(caseId: string, request: WithdrawPanelCaseRequest): Observable<PanelCaseView> {
    return this.http.post<PanelCaseView>(`/api/panel-cases/${id(caseId)}/withdraw`, request);
  }

  sitting(sittingId: string): Observable<SittingView> {
    return this.http.get<SittingView>(`/api/panel-sittings/${id(sittingId)}`);
  }

  addToAgenda(sittingId: string, request: AddToAgendaRequest): Observable<SittingView> {
    return this.http.post<SittingView>(`/api/panel-sittings/${id(sittingId)}/agenda`, request);
  }

  removeFromAgenda(sittingId: string, request: RemoveFromAgendaRequest): Observable<SittingView> {
    return this.http.post<SittingView>(`/api/panel-sittings/${id(sittingId)}/agenda/remove`, request);
  }

  issueAgenda(sittingId: string, version: number): Observable<SittingView> {
    return this.http.post<SittingView>(`/api/panel-sittings/${id(sittingId)}/issue`, { version });
  }

  recordAttendance(sittingId: string, request: RecordAttendanceRequest): Observable<SittingView> {
    return this.http.put<SittingView>(`/api/panel-sittings/${id(sittingId)}/attendance`, request);
  }

  recordDecision(sittingId: string, itemId: string, request: RecordDecisionRequest): Observable<RecordDecisionResult> {
    return this.http.post<RecordDecisionResult>(`/api/panel-sittings/${id(sittingId)}/items/${id(itemId)}/decision`, request);
  }

  closeSitting(sittingId: string, version: number): Observable<CloseSittingResult> {
    return this.http.post<CloseSittingResult>(`/api/panel-sittings/${id(sittingId)}/close`, { version });
  }

  /** Where the members' pre-read pack downloads from (a plain link: the browser saves the PDF). */
  packHref(sittingId: string): string {
    return `/api/panel-sittings/${id(sittingId)}/pack`;
  }
}
