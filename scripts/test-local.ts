/**
 * The site with a local layer (npm run test:local): first the manager's workflow (`npm run
 * new-edition` then `npm run check:local`, tests/local/*.test.ts, on a copy of the content); then a
 * build with the made-up Exampleshire layer (examples/local/exampleshire, every build check) and
 * the browser tests in tests/local/ against it. The default build, with no layer, is tested by the
 * rest of npm test.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';

const env = {
  ...process.env,
  WTN_LOCAL_DIR: resolve('examples/local/exampleshire'),
  WTN_OUT_DIR: resolve('.staging/local'),
  WTN_PORT: process.env.WTN_LOCAL_PORT ?? '4326',
  WTN_LOCK_READONLY: '1',
};
const run = (cmd: string, args: string[], e: NodeJS.ProcessEnv = env) => spawnSync(cmd, args, { stdio: 'inherit', env: e }).status ?? 1;
const workflow = readdirSync('tests/local').filter((f) => f.endsWith('.test.ts')).map((f) => `tests/local/${f}`);
if (run(process.execPath, ['--test', '--test-reporter=spec', ...workflow], process.env) !== 0) process.exit(1);
if (run(process.execPath, ['scripts/build.ts']) !== 0) process.exit(1);
process.exit(run('npx', ['playwright', 'test', '--config', 'playwright.local.config.ts']));
