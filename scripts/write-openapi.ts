// npm run openapi: writes the OpenAPI document the code describes to openapi.json, so a change
// to the contract shows up in review. A test fails while the committed file is out of date.
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildOpenApiJson } from './openapi-document';

buildOpenApiJson()
  .then((json) => {
    writeFileSync(resolve(__dirname, '..', 'openapi.json'), json);
    process.stdout.write('Wrote openapi.json\n');
  })
  .catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  });
