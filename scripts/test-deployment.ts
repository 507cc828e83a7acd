/**
 * A site built as a partnership deploys it (npm run test:deployment): under a base path
 * (/guidance/), with the official text of made-up editions imported (tests/fixtures/official/
 * site-fixture.ts: made-up text of our own, written as the importer writes it) and the made-up
 * Exampleshire local layer (examples/local/exampleshire). One build, with every build check (the
 * link check then proves every link stays inside the base path), then:
 * - the local layer's workflow (new edition, check:local) on a copy of the content: tests/local/*.test.ts;
 * - the browser tests of what such a deployment adds or changes (playwright.deployment.config.ts):
 *   every feature that builds URLs at run time under the base path, the official text and its
 *   statuses (tests/official/), the local layer (tests/local/*.spec.ts).
 * The default build (root path, no official text, no layer) is tested by the rest of npm test.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { writeOfficialFixture } from '../tests/fixtures/official/site-fixture.ts';

const project = resolve('.staging/deployment-project');
rmSync(project, { recursive: true, force: true });
mkdirSync(project, { recursive: true });
cpSync('content', resolve(project, 'content'), { recursive: true });
writeOfficialFixture(resolve(project, 'content'));

const env = {
  ...process.env,
  WTN_BASE: '/guidance/',
  WTN_CONTENT_DIR: resolve(project, 'content'),
  WTN_LOCAL_DIR: resolve('examples/local/exampleshire'),
  WTN_OUT_DIR: resolve('.staging/deployment'),
  WTN_PORT: process.env.WTN_DEPLOYMENT_PORT ?? '4324',
  WTN_LOCK_READONLY: '1',
};
const run = (cmd: string, args: string[], e: NodeJS.ProcessEnv = env) => spawnSync(cmd, args, { stdio: 'inherit', env: e }).status ?? 1;
const workflow = readdirSync('tests/local').filter((f) => f.endsWith('.test.ts')).map((f) => `tests/local/${f}`);
if (run(process.execPath, ['--test', '--test-reporter=spec', ...workflow], process.env) !== 0) process.exit(1);
if (run(process.execPath, ['scripts/build.ts']) !== 0) process.exit(1);
process.exit(run('npx', ['playwright', 'test', '--config', 'playwright.deployment.config.ts']));
