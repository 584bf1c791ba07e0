import { AppConfig } from '@camhs/config';
import { assertMigrated } from '@camhs/persistence';
import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { ApiModule } from './api.module';
import { ApplicationErrorFilter } from './http/application-error.filter';
import { createValidationPipe } from './http/validation.pipe';

/** Build the HTTP application (used by main.ts and by the integration tests). */
export async function createApi(config: AppConfig): Promise<INestApplication> {
  const app = await NestFactory.create(ApiModule.forRoot(config), {
    logger: config.env === 'test' ? ['error', 'warn'] : ['log', 'error', 'warn'],
  });
  if (config.env === 'production') {
    // Refuse to serve on a database that is behind the code; the message says what to run.
    try {
      await assertMigrated(app.get(DataSource));
    } catch (e) {
      await app.close();
      throw e;
    }
  }
  app.setGlobalPrefix('api');
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ApplicationErrorFilter());
  app.enableShutdownHooks();
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('CAMHS Waiting List Tracker API')
      .setDescription('Referral and waiting-list tracking for children’s mental health services')
      .setVersion('0.1.0')
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
  return app;
}
