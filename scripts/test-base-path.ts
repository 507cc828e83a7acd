/**
 * Deployment under a base path: builds the site under /guidance/ (the build's own link check then
 * proves every link stays inside it) and runs the browser tests of every feature that builds URLs
 * at run time: search, the edition switcher, copy link, flowchart step links, decision trees and
 * the offline worker.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const env = { ...process.env, WTN_BASE: '/guidance/', WTN_OUT_DIR: resolve('.staging/base-path'), WTN_PORT: process.env.WTN_BASE_PATH_PORT ?? '4324', WTN_LOCK_READONLY: '1' };
const SPECS = [
  'search-a-paragraph-citation-opens-that-paragraph',
  'search-a-pasted-sentence-and-enter-land-on-the-cited-chapter',
  'search-results-open-the-provision-and-say-where-it-is',
  'compare-edition-switcher-keeps-your-place',
  'copy-citation-copies-the-citation',
  'flowchart-a-step-link-opens-the-chart-at-that-step',
  'tree-a-death-with-suspected-abuse-needs-a-serious-case-review',
  'offline-the-site-and-search-work-without-a-connection',
].map((s) => `tests/e2e/${s}.spec.ts`);

const run = (cmd: string, args: string[]) => spawnSync(cmd, args, { stdio: 'inherit', env }).status ?? 1;
if (run(process.execPath, ['scripts/build.ts']) !== 0) process.exit(1);
process.exit(run('npx', ['playwright', 'test', ...SPECS]));
