// The browser tests of a site built as a partnership deploys it (npm run test:deployment): under
// /guidance/, with imported official text and a local layer. See scripts/test-deployment.ts.
import { defineConfig } from '@playwright/test';
import base from './playwright.config.ts';

/**
 * The features that build URLs at run time, tested again under the base path. (A paragraph
 * citation is tested there by tests/official/: with the official text imported it lands on it.)
 */
export const UNDER_BASE_PATH = [
  'search-a-pasted-sentence-and-enter-land-on-the-cited-chapter',
  'search-results-open-the-provision-and-say-where-it-is',
  'compare-edition-switcher-keeps-your-place',
  'copy-citation-copies-the-citation',
  'flowchart-a-step-link-opens-the-chart-at-that-step',
  'tree-a-death-with-suspected-abuse-needs-a-serious-case-review',
  'offline-the-site-and-search-work-without-a-connection',
];

export default defineConfig({
  ...base,
  testDir: 'tests',
  testMatch: [...UNDER_BASE_PATH.map((s) => `e2e/${s}.spec.ts`), 'official/**/*.spec.ts', 'local/**/*.spec.ts'],
});
