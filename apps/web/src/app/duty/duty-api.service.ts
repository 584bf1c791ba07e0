import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  AllocateLeadProfessionalRequest,
  CaseloadItem,
  CrisisClockName,
  CrisisClockRecordView,
  DecideSafeguardingRequest,
  DutyContactView,
  DutyListView,
  DutyTaskView,
  LeadProfessionalOption,
  LogContactRequest,
  MeetingAgendaItem,
  RecordCrisisClockRequest,
  RecordDutyReviewRequest,
  RecordDutyReviewResult,
  RecordNoResponseRequest,
  ReferralScreeningView,
  RespondToContactRequest,
  RespondToContactResult,
  SafeguardingDecisionView,
  ScreenReferralRequest,
} from '@camhs/contracts';
import { Observable } from 'rxjs';

const id = (value: string) => encodeURIComponent(value);

/** The Duty part of the API: the daily list and its tasks, calls and letters, decisions, the agenda and caseload. Thin: no state. */
@Injectable({ providedIn: 'root' })
export class DutyApi {
  private readonly http = inject(HttpClient);

  today(team: string): Observable<DutyListView> {
    return this.http.get<DutyListView>('/api/duty/today', { params: new HttpParams().set('team', team) });
  }

  caseload(): Observable<CaseloadItem[]> {
    return this.http.get<CaseloadItem[]>('/api/duty/caseload');
  }

  claim(taskId: string): Observable<DutyTaskView> {
    return this.http.post<DutyTaskView>(`/api/duty/tasks/${id(taskId)}/claim`, null);
  }

  release(taskId: string): Observable<DutyTaskView> {
    return this.http.post<DutyTaskView>(`/api/duty/tasks/${id(taskId)}/release`, null);
  }

  recordReview(taskId: string, request: RecordDutyReviewRequest): Observable<RecordDutyReviewResult> {
    return this.http.post<RecordDutyReviewResult>(`/api/duty/tasks/${id(taskId)}/review`, request);
  }

  logContact(referralId: string, request: LogContactRequest): Observable<DutyContactView> {
    return this.http.post<DutyContactView>(`/api/referrals/${id(referralId)}/contacts`, request);
  }

  recordNoResponse(referralId: string, request: RecordNoResponseRequest): Observable<SafeguardingDecisionView> {
    return this.http.post<SafeguardingDecisionView>(`/api/referrals/${id(referralId)}/no-response`, request);
  }

  respondToContact(contactId: string, request: RespondToContactRequest): Observable<RespondToContactResult> {
    return this.http.post<RespondToContactResult>(`/api/duty/contacts/${id(contactId)}/respond`, request);
  }

  decideSafeguarding(decisionId: string, request: DecideSafeguardingRequest): Observable<SafeguardingDecisionView> {
    return this.http.post<SafeguardingDecisionView>(`/api/duty/safeguarding/${id(decisionId)}/decide`, request);
  }

  screen(referralId: string, request: ScreenReferralRequest): Observable<ReferralScreeningView> {
    return this.http.post<ReferralScreeningView>(`/api/referrals/${id(referralId)}/screening`, request);
  }

  /** The Crisis team made contact / assessed (escalation id of the Crisis referral). */
  recordCrisisClock(escalationId: string, clock: CrisisClockName, request: RecordCrisisClockRequest): Observable<CrisisClockRecordView> {
    return this.http.post<CrisisClockRecordView>(`/api/duty/crisis-clocks/${id(escalationId)}/${clock}`, request);
  }

  meetingAgenda(team: string): Observable<MeetingAgendaItem[]> {
    return this.http.get<MeetingAgendaItem[]>(`/api/teams/${id(team)}/meeting-agenda`);
  }

  leadProfessionals(team: string): Observable<LeadProfessionalOption[]> {
    return this.http.get<LeadProfessionalOption[]>(`/api/teams/${id(team)}/lead-professionals`);
  }

  allocateLeadProfessional(referralId: string, request: AllocateLeadProfessionalRequest): Observable<{ version: number; leadProfessional: string }> {
    return this.http.post<{ version: number; leadProfessional: string }>(`/api/referrals/${id(referralId)}/lead-professional`, request);
  }
}
