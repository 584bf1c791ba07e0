import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { LetterQueueItem, ListLettersQuery, Page } from '@camhs/contracts';
import { Observable } from 'rxjs';

/** The letters part of the API (`/api/letters`). Thin: no state. */
@Injectable({ providedIn: 'root' })
export class LettersApi {
  private readonly http = inject(HttpClient);

  list(query: ListLettersQuery): Observable<Page<LetterQueueItem>> {
    let params = new HttpParams();
    for (const [key, value] of Object.entries(query)) {
      if (value !== undefined && value !== '') params = params.set(key, String(value));
    }
    return this.http.get<Page<LetterQueueItem>>('/api/letters', { params });
  }

  markSent(id: string): Observable<LetterQueueItem> {
    return this.http.post<LetterQueueItem>(`/api/letters/${encodeURIComponent(id)}/sent`, null);
  }

  /** A plain link (not an XHR) so the browser saves the PDF itself. */
  pdfUrl(id: string): string {
    return `/api/letters/${encodeURIComponent(id)}/pdf`;
  }
}
