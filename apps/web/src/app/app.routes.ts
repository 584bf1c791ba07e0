import { Routes } from '@angular/router';
import { PlaceholderPage } from './placeholder/placeholder.page';

export const appRoutes: Routes = [
  { path: '', pathMatch: 'full', redirectTo: 'referrals' },
  {
    path: 'referrals',
    title: 'Referrals',
    loadComponent: () => import('./referrals/referrals.page').then((m) => m.ReferralsPage),
  },
  {
    path: 'duty',
    title: 'Duty',
    component: PlaceholderPage,
    data: { heading: 'Duty' },
  },
  {
    path: 'panels',
    title: 'Panels',
    component: PlaceholderPage,
    data: { heading: 'Panels' },
  },
  {
    path: 'reports',
    title: 'Reports',
    component: PlaceholderPage,
    data: { heading: 'Reports' },
  },
  {
    path: '**',
    title: 'Page not found',
    component: PlaceholderPage,
    data: { heading: 'Page not found', notFound: true },
  },
];
