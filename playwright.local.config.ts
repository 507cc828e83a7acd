// The browser tests of a site built with the made-up Exampleshire local layer (npm run test:local).
import { defineConfig } from '@playwright/test';
import base from './playwright.config.ts';

export default defineConfig({ ...base, testDir: 'tests/local', testMatch: '**/*.spec.ts', workers: 1 });
