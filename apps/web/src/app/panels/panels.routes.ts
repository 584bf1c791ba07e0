import { Routes } from '@angular/router';
import { panelsHomeRedirect, panelsPage } from './panels-page-guard';

/**
 * The Panels section's pages (panel coordinators; managers read the report). The section's guard
 * (app.routes.ts) admits its roles; the API applies each route's own policy.
 */
export const PANEL_ROUTES: Routes = [
  // The board of cases by state (coordinators); anyone else is taken to the first page their roles open.
  ...panelsPage('', 'Panel cases', 'GET /api/panel-cases', () => import('./board/case-board.page').then((m) => m.CaseBoardPage), { pathMatch: 'full', redirectTo: panelsHomeRedirect }),
  // The panels, their members, budgets and sittings.
  ...panelsPage('sittings', 'Panels and sittings', 'GET /api/panels/{id}', () => import('./sittings/sittings.page').then((m) => m.SittingsPage)),
  // The intervention catalogue: types, providers, prices and capacity.
  ...panelsPage('catalogue', 'Intervention catalogue', 'GET /api/panel-catalogue', () => import('./catalogue/catalogue.page').then((m) => m.CataloguePage)),
  // One sitting: agenda down the side, a decision form per case.
  ...panelsPage('sittings/:id', 'Panel sitting', 'GET /api/panel-sittings/{id}', () => import('./sitting/sitting.page').then((m) => m.SittingPage)),
  // Outcome reviews due, and actions due.
  ...panelsPage('reviews', 'Outcome reviews', 'GET /api/panel-reviews', () => import('./reviews/panel-reviews.page').then((m) => m.PanelReviewsPage)),
  // The panel report with its charts and exports.
  ...panelsPage('report', 'Panel report', 'GET /api/panels/{id}/report', () => import('./report/panel-report.page').then((m) => m.PanelReportPage)),
];
