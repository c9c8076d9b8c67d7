import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { firstLoadBudget } from './first-load-budget.ts';

const root = fileURLToPath(new URL('.', import.meta.url));
const api = process.env.API_URL ?? 'http://localhost:3000';

// The browser app. `npm run build` writes it to dist/web, where the API serves it;
// `npm run dev:web` serves it with a proxy to the API on API_URL (default localhost:3000).
export default defineConfig({
  root,
  plugins: [firstLoadBudget(250_000)],
  resolve: {
    // The calendar rules are pure functions; the browser checks a proposal with the same code.
    alias: { '@app/calendar': fileURLToPath(new URL('../../libs/calendar/src', import.meta.url)) },
  },
  build: {
    outDir: fileURLToPath(new URL('../../dist/web', import.meta.url)),
    emptyOutDir: true,
    // The size of every chunk, gzipped, is printed; the first load must stay under 250 kB.
    reportCompressedSize: true,
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      onwarn(warning, warn) {
        // React libraries mark their modules "use client"; in a browser-only bundle it means nothing.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
  server: {
    proxy: Object.fromEntries(
      ['/api', '/sign-in', '/visit-answers', '/feeds', '/docs', '/health', '/admin/queues'].map(
        (path) => [path, { target: api, changeOrigin: false }],
      ),
    ),
  },
});
