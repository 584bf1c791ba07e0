import { Routes } from '@angular/router';
import { PlaceholderPage } from '../placeholder/placeholder.page';

/**
 * The Panels section's pages (panel coordinators; managers read the report). The section's guard
 * (app.routes.ts) admits its roles; the API applies each route's own policy.
 */
export const PANEL_ROUTES: Routes = [
  // The board of cases by state.
  { path: '', title: 'Panel cases', component: PlaceholderPage, data: { heading: 'Panel cases' } },
  // The intervention catalogue: types, providers, prices and capacity.
  { path: 'catalogue', title: 'Intervention catalogue', component: PlaceholderPage, data: { heading: 'Intervention catalogue' } },
  // One sitting: agenda down the side, a decision form per case.
  { path: 'sittings/:id', title: 'Panel sitting', component: PlaceholderPage, data: { heading: 'Panel sitting' } },
  // Outcome reviews due, and actions due.
  { path: 'reviews', title: 'Outcome reviews', component: PlaceholderPage, data: { heading: 'Outcome reviews' } },
  // The panel report with its charts and exports.
  { path: 'report', title: 'Panel report', component: PlaceholderPage, data: { heading: 'Panel report' } },
];
