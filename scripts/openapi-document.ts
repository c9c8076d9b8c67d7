import { NestFactory } from '@nestjs/core';
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { loadConfig } from '@app/config';
import { ApiModule } from '../apps/api/src/api.module';
import { API_PREFIX, buildOpenApiDocument, UNPREFIXED_ROUTES } from '../apps/api/src/configure-app';

/** Where the web app's generated types of the API live. */
export const WEB_API_TYPES = 'apps/web/src/api/schema.d.ts';

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

/**
 * The TypeScript types of the same document, which the web app's client is typed by. Made by a
 * Node process of its own (scripts/web-api-types.js), which Jest can run too.
 */
export function buildWebApiTypes(openApiJson: string): string {
  return execFileSync(process.execPath, [resolve(__dirname, 'web-api-types.js')], {
    input: openApiJson,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
}
