import { provideHttpClient, withFetch, withInterceptors, withXsrfConfiguration } from '@angular/common/http';
import {
  ApplicationConfig,
  inject,
  provideAppInitializer,
  provideBrowserGlobalErrorListeners,
  provideZonelessChangeDetection,
} from '@angular/core';
import { TitleStrategy, provideRouter, withInMemoryScrolling } from '@angular/router';
import { CSRF_COOKIE, CSRF_HEADER } from '@camhs/contracts';
import { appRoutes } from './app.routes';
import { sessionEndedInterceptor } from './auth/session-ended.interceptor';
import { SessionService } from './auth/session.service';
import { ServiceTitleStrategy } from './shell/service-title.strategy';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideZonelessChangeDetection(),
    // Angular copies the XSRF-TOKEN cookie into the X-XSRF-TOKEN header on every same-origin write.
    provideHttpClient(
      withFetch(),
      withXsrfConfiguration({ cookieName: CSRF_COOKIE, headerName: CSRF_HEADER }),
      withInterceptors([sessionEndedInterceptor]),
    ),
    provideRouter(appRoutes, withInMemoryScrolling({ scrollPositionRestoration: 'top' })),
    { provide: TitleStrategy, useClass: ServiceTitleStrategy },
    // Know who is signed in before the first navigation, so guards and navigation agree at once.
    provideAppInitializer(() => inject(SessionService).load()),
  ],
};
