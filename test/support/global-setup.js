// Before any test file: one migrated template database, from which each test file clones its own.
const { execFileSync } = require('node:child_process');
const { Client } = require('pg');
const { TEMPLATE_DATABASE, serverUrl, databaseUrl } = require('./test-databases');

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

module.exports = async function globalSetup() {
  const client = new Client({ connectionString: serverUrl() });
  await client.connect();
  try {
    const { rows } = await client.query(
      `SELECT datname FROM pg_database WHERE datname ~ '^ps_test_[0-9]+_'`,
    );
    // Left behind by an interrupted run: its process is gone. A running test keeps its own.
    for (const { datname } of rows) {
      const pid = Number(/^ps_test_(\d+)_/.exec(datname)[1]);
      if (!alive(pid)) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    }
    await client.query(`DROP DATABASE IF EXISTS "${TEMPLATE_DATABASE}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${TEMPLATE_DATABASE}"`);
  } finally {
    await client.end();
  }
  execFileSync(
    process.execPath,
    [
      require.resolve('ts-node/dist/bin.js'),
      '--transpile-only',
      '-r',
      'tsconfig-paths/register',
      'scripts/migrate.ts',
    ],
    {
      cwd: `${__dirname}/../..`,
      env: { ...process.env, DATABASE_URL: databaseUrl(TEMPLATE_DATABASE), LOG_LEVEL: 'silent' },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
};
