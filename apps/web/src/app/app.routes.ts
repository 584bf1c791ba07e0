import { Route, Routes } from '@angular/router';
import { ROUTE_POLICIES } from '@camhs/contracts';
import { NO_SECTION_PATH, homeRedirect, sectionGuard, signedInGuard, signedOutGuard } from './auth/auth.guards';
import { NoAccessPage } from './auth/no-access.page';
import { PlaceholderPage } from './placeholder/placeholder.page';
import { Section, sectionByPath } from './shell/sections';

const NO_ACCESS_TITLE = 'You do not have access to this page';

/**
 * A section's route, matched only for the roles its policy allows, followed by the no-access page
 * at the same address for everyone else (signed in, but not allowed: what the API calls 403).
 */
function guardedSection(section: Section, route: Omit<Route, 'path' | 'title' | 'canMatch'>, page?: { subPath: string; title: string }): Route[] {
  const path = page ? `${section.path}/${page.subPath}` : section.path;
  return [
    { ...route, path, title: page?.title ?? section.text, canMatch: [sectionGuard(section)] },
    { path, title: NO_ACCESS_TITLE, component: NoAccessPage },
  ];
}

export const appRoutes: Routes = [
  {
    path: 'sign-in',
    title: 'Sign in',
    canMatch: [signedOutGuard],
    loadComponent: () => import('./auth/sign-in.page').then((m) => m.SignInPage),
  },
  {
    // Everything else needs a session; signed-out visitors are sent to sign in and brought back.
    path: '',
    canMatch: [signedInGuard],
    children: [
      { path: '', pathMatch: 'full', redirectTo: homeRedirect },
      // Where home leads when the user's roles open no section at all.
      { path: NO_SECTION_PATH, title: NO_ACCESS_TITLE, component: NoAccessPage },
      ...guardedSection(sectionByPath('duty'), {
        loadComponent: () => import('./duty/duty.page').then((m) => m.DutyPage),
      }),
      // The team meeting agenda: RED children waiting for a lead professional.
      ...guardedSection(sectionByPath('duty'), {
        loadComponent: () => import('./duty/meeting-agenda.page').then((m) => m.MeetingAgendaPage),
      }, { subPath: 'agenda', title: 'Team meeting agenda' }),
      // A lead professional's own children: its own policy, narrower than the section's.
      ...guardedSection({ ...sectionByPath('duty'), policy: ROUTE_POLICIES['GET /api/duty/caseload'] }, {
        loadComponent: () => import('./duty/caseload.page').then((m) => m.CaseloadPage),
      }, { subPath: 'caseload', title: 'Your caseload' }),
      ...guardedSection(sectionByPath('referrals'), {
        loadComponent: () => import('./referrals/referrals.page').then((m) => m.ReferralsPage),
      }),
      // One referral: the same roles as the list (the API applies record scope: 404 outside it).
      ...guardedSection(sectionByPath('referrals'), {
        loadComponent: () => import('./referrals/detail/referral-detail.page').then((m) => m.ReferralDetailPage),
      }, { subPath: ':id', title: 'Referral' }),
      ...guardedSection(sectionByPath('letters'), {
        loadComponent: () => import('./letters/letters.page').then((m) => m.LettersPage),
      }),
      ...guardedSection(sectionByPath('panels'), {
        loadChildren: () => import('./panels/panels.routes').then((m) => m.PANEL_ROUTES),
      }),
      ...guardedSection(sectionByPath('reports'), {
        loadComponent: () => import('./reports/reports.page').then((m) => m.ReportsPage),
      }),
      // The rows behind one figure of the report.
      ...guardedSection(sectionByPath('reports'), {
        loadComponent: () => import('./reports/report-drill.page').then((m) => m.ReportDrillPage),
      }, { subPath: 'drill', title: 'Report figure' }),
      ...guardedSection(sectionByPath('audit'), {
        loadComponent: () => import('./audit/audit.page').then((m) => m.AuditPage),
      }),
      {
        path: '**',
        title: 'Page not found',
        component: PlaceholderPage,
        data: { heading: 'Page not found', notFound: true },
      },
    ],
  },
];
