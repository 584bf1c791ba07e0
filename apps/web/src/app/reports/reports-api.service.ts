import { HttpClient, HttpParameterCodec, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { PtlDrillRow, PtlReport, PtlWeeksWaited, ReferenceDataView } from '@camhs/contracts';
import { Observable } from 'rxjs';
import { ReportQuery, reportApiParams } from './report-query';

/**
 * Angular's default codec leaves `+` as it is, which a query string reads as a space: a figure path
 * such as `weeksWaited.52+` or a list name must be escaped in full.
 */
class StrictCodec implements HttpParameterCodec {
  encodeKey = encodeURIComponent;
  encodeValue = encodeURIComponent;
  decodeKey = decodeURIComponent;
  decodeValue = decodeURIComponent;
}

const params = (values: Record<string, string>) => new HttpParams({ encoder: new StrictCodec(), fromObject: values });

/** The report part of the API (`/api/reports/ptl…`) and the pickers' reference data. Thin: no state. */
@Injectable({ providedIn: 'root' })
export class ReportsApi {
  private readonly http = inject(HttpClient);

  referenceData(): Observable<ReferenceDataView> {
    return this.http.get<ReferenceDataView>('/api/reference-data');
  }

  report(q: ReportQuery): Observable<PtlReport> {
    return this.http.get<PtlReport>('/api/reports/ptl', { params: params(reportApiParams(q)) });
  }

  weeksWaited(q: ReportQuery): Observable<PtlWeeksWaited> {
    return this.http.get<PtlWeeksWaited>('/api/reports/ptl/weeks-waited', { params: params(reportApiParams(q)) });
  }

  drill(q: ReportQuery, figure: string): Observable<PtlDrillRow[]> {
    return this.http.get<PtlDrillRow[]>('/api/reports/ptl/drill', { params: params({ ...reportApiParams(q), figure }) });
  }
}
