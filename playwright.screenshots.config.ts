import { defineConfig } from '@playwright/test';
import base from './playwright.config';

// `npm run screenshots`: the main screen of each role, written to docs/screenshots/ for the
// README. Not a test of its own: the browser tests check the same screens.
export default defineConfig({
  ...base,
  testMatch: '**/*.shots.ts',
  reporter: 'list',
});
