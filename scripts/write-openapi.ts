// npm run openapi: writes the OpenAPI document the code describes to openapi.json, and the web
// app's types of it, so a change to the contract shows up in review. A test fails while either
// committed file is out of date.
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildOpenApiJson, buildWebApiTypes, WEB_API_TYPES } from './openapi-document';

async function main(): Promise<void> {
  const json = await buildOpenApiJson();
  writeFileSync(resolve(__dirname, '..', 'openapi.json'), json);
  writeFileSync(resolve(__dirname, '..', WEB_API_TYPES), buildWebApiTypes(json));
  process.stdout.write(`Wrote openapi.json and ${WEB_API_TYPES}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
