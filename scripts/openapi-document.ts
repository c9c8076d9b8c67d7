import { NestFactory } from '@nestjs/core';
import { loadConfig } from '@app/config';
import { ApiModule } from '../apps/api/src/api.module';
import { API_PREFIX, buildOpenApiDocument, UNPREFIXED_ROUTES } from '../apps/api/src/configure-app';

/** The API's OpenAPI document as stable, pretty JSON; builds the module graph without connecting. */
export async function buildOpenApiJson(): Promise<string> {
  const app = await NestFactory.create(ApiModule.register({ config: loadConfig({}) }), {
    preview: true,
    logger: false,
  });
  app.setGlobalPrefix(API_PREFIX, { exclude: UNPREFIXED_ROUTES });
  const document = buildOpenApiDocument(app);
  await app.close();
  return `${JSON.stringify(document, null, 2)}\n`;
}
