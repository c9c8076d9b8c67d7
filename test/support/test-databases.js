// Where the tests find PostgreSQL: the configured DATABASE_URL's server (local defaults otherwise).
const DEFAULT_URL = 'postgres://postgres@127.0.0.1:5432/partnership_scheduler';
const TEMPLATE_DATABASE = 'ps_test_template';

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
