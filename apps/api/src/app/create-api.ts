import { AppConfig } from '@camhs/config';
import { assertDatabaseMigrated } from '@camhs/persistence';
import { INestApplication } from '@nestjs/common';
import { HttpAdapterHost, NestFactory } from '@nestjs/core';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { SESSION_COOKIE } from '@camhs/contracts';
import cookieParser from 'cookie-parser';
import helmet from 'helmet';
import { ApiModule } from './api.module';
import { requestIdMiddleware } from './auth/request-id.middleware';
import { API_PREFIX } from './auth/route-policy.registry';
import { requestLogMiddleware } from './http/request-log.middleware';
import { ApplicationErrorFilter } from './http/application-error.filter';
import { explainClientErrors } from './http/client-errors';
import { createValidationPipe } from './http/validation.pipe';

/** Build the HTTP application (used by main.ts and by the integration tests). */
export async function createApi(config: AppConfig): Promise<INestApplication> {
  // Refuse to serve on a database that is behind the code; the message says what to run.
  if (config.env === 'production') await assertDatabaseMigrated(config.databaseUrl);
  const app = await NestFactory.create(ApiModule.forRoot(config), {
    logger: config.env === 'test' ? ['error', 'warn'] : ['log', 'error', 'warn'],
  });
  app.use(requestIdMiddleware, requestLogMiddleware, helmet(), cookieParser());
  app.setGlobalPrefix(API_PREFIX);
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ApplicationErrorFilter(app.get(HttpAdapterHost).httpAdapter));
  app.enableShutdownHooks();
  explainClientErrors(app.getHttpServer());
  // Behind a reverse proxy the client address (used by the sign-in rate limit) is in X-Forwarded-For.
  if (config.api.trustProxyHops > 0) app.getHttpAdapter().getInstance().set('trust proxy', config.api.trustProxyHops);
  // The OpenAPI document and Swagger UI are served outside production (API_DOCS=true serves them there too).
  if (config.api.docs) setUpDocs(app);
  try {
    // Runs the route-policy check: a route without a declared policy stops the start here.
    await app.init();
  } catch (e) {
    await app.close().catch(() => undefined);
    throw e;
  }
  return app;
}

function setUpDocs(app: INestApplication): void {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('CAMHS Waiting List Tracker API')
      .setDescription('Referral and waiting-list tracking for children’s mental health services')
      .setVersion('0.1.0')
      .addCookieAuth(SESSION_COOKIE)
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
}
