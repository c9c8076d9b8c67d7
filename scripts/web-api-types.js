// The web app's TypeScript types of the API, from the OpenAPI document. Plain Node on purpose:
// openapi-typescript needs packages that are only ES modules, which Node loads and Jest cannot,
// so the OpenAPI test runs this as a process: `node scripts/web-api-types.js < openapi.json`.
const { default: openapiTS, astToString } = require('openapi-typescript');

/** The types of an OpenAPI document (JSON text), as the file apps/web/src/api/schema.d.ts. */
async function webApiTypes(openApiJson) {
  const ast = await openapiTS(JSON.parse(openApiJson));
  return `// Generated from openapi.json by \`npm run openapi\`; do not edit.\n${astToString(ast)}`;
}

module.exports = { webApiTypes };

if (require.main === module) {
  const chunks = [];
  process.stdin.on('data', (chunk) => chunks.push(chunk));
  process.stdin.on('end', () => {
    webApiTypes(Buffer.concat(chunks).toString('utf8')).then(
      (types) => process.stdout.write(types),
      (error) => {
        process.stderr.write(`${error.stack ?? error}\n`);
        process.exit(1);
      },
    );
  });
}
