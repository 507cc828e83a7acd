// The browser tests of a site built with imported official text (npm run test:official).
import { defineConfig } from '@playwright/test';
import base from './playwright.config.ts';

export default defineConfig({ ...base, testDir: 'tests/official' });
