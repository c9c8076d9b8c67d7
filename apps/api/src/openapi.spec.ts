import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  buildOpenApiJson,
  buildWebApiTypes,
  WEB_API_TYPES,
} from '../../../scripts/openapi-document';

describe('the OpenAPI document', () => {
  let generated: string;
  beforeAll(async () => {
    generated = await buildOpenApiJson();
  });

  it('is committed as the code describes it (run `npm run openapi` after changing the API)', () => {
    const committed = readFileSync(resolve(__dirname, '../../../openapi.json'), 'utf8');
    expect(committed).toBe(generated);
  });

  it("is the web app's client types as generated from it (run `npm run openapi`)", () => {
    const committed = readFileSync(resolve(__dirname, '../../..', WEB_API_TYPES), 'utf8');
    expect(committed).toBe(buildWebApiTypes(generated));
  });

  it('names the operations of the contract under /api/v1 and health outside it', () => {
    const paths = Object.keys((JSON.parse(generated) as { paths: object }).paths);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/api/v1/auth/login-links',
        '/api/v1/auth/sessions',
        '/api/v1/me',
        '/api/v1/users',
        '/api/v1/schools',
        '/api/v1/schools/{id}',
        '/api/v1/companies',
        '/api/v1/partners',
        '/health',
        '/health/ready',
      ]),
    );
  });
});
