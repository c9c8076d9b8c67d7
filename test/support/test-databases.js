// Where the tests find PostgreSQL: the configured DATABASE_URL's server (local defaults otherwise).
const DEFAULT_URL = 'postgres://postgres@127.0.0.1:5432/partnership_scheduler';
// A second run beside another (a developer's beside CI) can use a template of its own.
const TEMPLATE_DATABASE = process.env.TEST_TEMPLATE_DATABASE || 'ps_test_template';

function configuredUrl() {
  return process.env.DATABASE_URL || DEFAULT_URL;
}

function databaseUrl(name) {
  const url = new URL(configuredUrl());
  url.pathname = `/${name}`;
  return url.toString();
}

function serverUrl() {
  return databaseUrl('postgres');
}

module.exports = { TEMPLATE_DATABASE, databaseUrl, serverUrl };
