/**
 * The site with imported official text: copies the content, adds made-up official text of our own
 * for two editions (tests/fixtures/official/site-fixture.ts), builds it (with every build check),
 * and runs the browser tests in tests/official/. The default build is tested without official text.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { writeOfficialFixture } from '../tests/fixtures/official/site-fixture.ts';

const project = resolve('.staging/official-project');
rmSync(project, { recursive: true, force: true });
mkdirSync(project, { recursive: true });
cpSync('content', resolve(project, 'content'), { recursive: true });
writeOfficialFixture(resolve(project, 'content'));
const env = { ...process.env, WTN_CONTENT_DIR: resolve(project, 'content'), WTN_OUT_DIR: resolve('.staging/official'), WTN_PORT: process.env.WTN_OFFICIAL_PORT ?? '4325', WTN_LOCK_READONLY: '1' };
const run = (cmd: string, args: string[]) => spawnSync(cmd, args, { stdio: 'inherit', env }).status ?? 1;
if (run(process.execPath, ['scripts/build.ts']) !== 0) process.exit(1);
process.exit(run('npx', ['playwright', 'test', '--config', 'playwright.official.config.ts']));
