import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  CatalogueEntryView,
  CreateCatalogueEntryRequest,
  CreateInterventionTypeRequest,
  CreateProviderRequest,
  InterventionTypeView,
  PanelCatalogueView,
  PanelSettingsView,
  ProviderView,
  UpdateCatalogueEntryRequest,
  UpdateInterventionTypeRequest,
  UpdatePanelSettingsRequest,
  UpdateProviderRequest,
} from '@camhs/contracts';
import { Observable } from 'rxjs';

const id = (value: string) => encodeURIComponent(value);

/** The intervention catalogue (administrators and coordinators): types, providers, entries and the cost-avoidance settings. */
@Injectable({ providedIn: 'root' })
export class CatalogueApi {
  private readonly http = inject(HttpClient);

  /** The catalogue with each entry's use in `financialYear` (null: the current year). */
  catalogue(financialYear: string | null): Observable<PanelCatalogueView> {
    const params = financialYear ? new HttpParams().set('financialYear', financialYear) : new HttpParams();
    return this.http.get<PanelCatalogueView>('/api/panel-catalogue', { params });
  }

  createType(request: CreateInterventionTypeRequest): Observable<InterventionTypeView> {
    return this.http.post<InterventionTypeView>('/api/panel-catalogue/types', request);
  }

  updateType(typeId: string, request: UpdateInterventionTypeRequest): Observable<InterventionTypeView> {
    return this.http.put<InterventionTypeView>(`/api/panel-catalogue/types/${id(typeId)}`, request);
  }

  createProvider(request: CreateProviderRequest): Observable<ProviderView> {
    return this.http.post<ProviderView>('/api/panel-catalogue/providers', request);
  }

  updateProvider(providerId: string, request: UpdateProviderRequest): Observable<ProviderView> {
    return this.http.put<ProviderView>(`/api/panel-catalogue/providers/${id(providerId)}`, request);
  }

  createEntry(request: CreateCatalogueEntryRequest): Observable<CatalogueEntryView> {
    return this.http.post<CatalogueEntryView>('/api/panel-catalogue/entries', request);
  }

  updateEntry(entryId: string, request: UpdateCatalogueEntryRequest): Observable<CatalogueEntryView> {
    return this.http.put<CatalogueEntryView>(`/api/panel-catalogue/entries/${id(entryId)}`, request);
  }

  updateSettings(request: UpdatePanelSettingsRequest): Observable<PanelSettingsView> {
    return this.http.put<PanelSettingsView>('/api/panel-catalogue/settings', request);
  }
}
