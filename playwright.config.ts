// Browser tests run in the system Chromium (browser downloads are not possible here) against the
// built site served by `astro preview`. Build first: `npm test` does.
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/lib/chromium.ts';

const base = (process.env.WTN_BASE ?? '/').replace(/\/?$/, '/');
const port = Number(process.env.WTN_PORT ?? 4321);

export default defineConfig({
  testDir: 'tests/e2e',
  // Two cores here: two browsers at once halves the every-page accessibility run.
  workers: 2,
  retries: 0,
  reporter: [['list']],
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${port}${base}`,
    launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
    // The offline worker saves the site in the background; only the offline test lets it run.
    serviceWorkers: 'block',
  },
  webServer: {
    // Serves WTN_OUT_DIR (default dist/), the folder the build published.
    command: `npx astro preview --host 127.0.0.1 --port ${port} --ignore-lock`,
    url: `http://127.0.0.1:${port}${base}`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
