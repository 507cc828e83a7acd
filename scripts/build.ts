/**
 * The site build. Nothing half-built is ever written to dist/:
 *   1. validate the content (every problem as file:line with its fix) and check the ID lock;
 *   2. build the pages with Astro into .staging/dist;
 *   3. run the post-build steps on the staging copy (search index, link check ...);
 *   4. only then replace dist/ with it.
 * Any failure stops the build with a non-zero exit, leaving the previous dist/ untouched.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { contentRoot, loadSite } from '../src/model/index.ts';
import { checkAddressLock, LOCK_HEADER, parseLock } from '../src/model/addresses.ts';
import { formatErrors } from '../src/validation/content-error.ts';
import { POST_BUILD_STEPS } from './post-build/index.ts';

const started = Date.now();
const project = process.cwd();
const outDir = resolve(process.env.WTN_OUT_DIR ?? 'dist');
const staging = resolve('.staging', `dist-${process.pid}`);
const fail = (text: string): never => {
  process.stderr.write(`\n${text}\nBuild stopped: nothing was written to ${relative(project, outDir) || outDir}.\n`);
  process.exit(1);
};

// 1. Content and addresses.
const root = contentRoot();
const { site, errors, warnings } = loadSite(root, project);
if (errors.length) fail(formatErrors(errors));
for (const w of warnings) console.warn(`Warning: ${w}`);
const lockPath = join(root, 'addresses.lock');
const lockRel = relative(project, lockPath);
const locked = existsSync(lockPath) ? parseLock(readFileSync(lockPath, 'utf8')) : [];
const lock = checkAddressLock(site, locked, lockRel);
if (lock.errors.length) fail(formatErrors(lock.errors));
if (process.env.WTN_LOCK_READONLY !== '1') writeFileSync(lockPath, LOCK_HEADER + lock.next.join('\n') + '\n');
console.log(`Content valid: ${site.editions.length} editions; ${lock.next.length} addresses locked.`);

// 2. Pages, into staging.
rmSync(staging, { recursive: true, force: true });
mkdirSync(staging, { recursive: true });
const astro = spawnSync('npx', ['astro', 'build', '--outDir', staging], { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
if (astro.status !== 0) fail('Astro could not build the pages (see above).');

// 3. Post-build steps on the staging copy.
for (const step of POST_BUILD_STEPS) {
  const problems = await step.run({ dir: staging, site, base: process.env.WTN_BASE ?? '/' });
  if (problems.length) fail(`${step.name} failed:\n\n${problems.join('\n\n')}`);
  console.log(`${step.name}: ok`);
}

// 4. Publish.
rmSync(outDir, { recursive: true, force: true });
renameSync(staging, outDir);
console.log(`Built ${relative(project, outDir)}/ in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
