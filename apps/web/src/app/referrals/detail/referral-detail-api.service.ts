import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  AddWaitRequest,
  BookAppointmentRequest,
  CompleteAccessRequest,
  CompleteAssessmentRequest,
  DischargeReferralRequest,
  EndWaitRequest,
  RecordAppointmentOutcomeRequest,
  RecordRiskAssessmentRequest,
  RecordRiskAssessmentResult,
  ReferralTimelineView,
  ReferralView,
  RiskAssessmentView,
} from '@camhs/contracts';
import { Observable } from 'rxjs';

/** One referral and its pathway actions (`/api/referrals/{id}…`, `/api/waits/{id}…`, `/api/appointments/{id}…`), its risk assessments included. Thin: no state. */
@Injectable({ providedIn: 'root' })
export class ReferralDetailApi {
  private readonly http = inject(HttpClient);

  get(id: string): Observable<ReferralView> {
    return this.http.get<ReferralView>(`/api/referrals/${encodeURIComponent(id)}`);
  }

  timeline(id: string): Observable<ReferralTimelineView> {
    return this.http.get<ReferralTimelineView>(`/api/referrals/${encodeURIComponent(id)}/timeline`);
  }

  completeAccess(id: string, request: CompleteAccessRequest): Observable<ReferralView> {
    return this.http.post<ReferralView>(`/api/referrals/${encodeURIComponent(id)}/access`, request);
  }

  completeAssessment(id: string, request: CompleteAssessmentRequest): Observable<ReferralView> {
    return this.http.post<ReferralView>(`/api/referrals/${encodeURIComponent(id)}/assessment`, request);
  }

  discharge(id: string, request: DischargeReferralRequest): Observable<ReferralView> {
    return this.http.post<ReferralView>(`/api/referrals/${encodeURIComponent(id)}/discharge`, request);
  }

  addWait(id: string, request: AddWaitRequest): Observable<ReferralView> {
    return this.http.post<ReferralView>(`/api/referrals/${encodeURIComponent(id)}/waits`, request);
  }

  startTreatment(waitId: string, request: EndWaitRequest): Observable<ReferralView> {
    return this.http.post<ReferralView>(`/api/waits/${encodeURIComponent(waitId)}/start-treatment`, request);
  }

  removeWait(waitId: string, request: EndWaitRequest): Observable<ReferralView> {
    return this.http.post<ReferralView>(`/api/waits/${encodeURIComponent(waitId)}/remove`, request);
  }

  bookAppointment(id: string, request: BookAppointmentRequest): Observable<ReferralView> {
    return this.http.post<ReferralView>(`/api/referrals/${encodeURIComponent(id)}/appointments`, request);
  }

  recordOutcome(appointmentId: string, request: RecordAppointmentOutcomeRequest): Observable<ReferralView> {
    return this.http.post<ReferralView>(`/api/appointments/${encodeURIComponent(appointmentId)}/outcome`, request);
  }

  /** The rating history (the RAG recall), newest first. */
  riskAssessments(id: string): Observable<RiskAssessmentView[]> {
    return this.http.get<RiskAssessmentView[]>(`/api/referrals/${encodeURIComponent(id)}/risk-assessments`);
  }

  recordRiskAssessment(id: string, request: RecordRiskAssessmentRequest): Observable<RecordRiskAssessmentResult> {
    return this.http.post<RecordRiskAssessmentResult>(`/api/referrals/${encodeURIComponent(id)}/risk-assessments`, request);
  }
}
