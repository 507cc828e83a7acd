import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

// Adding an edition must be routine: `npm run new-edition` on a copy of the real content, then only
// what the issue asks an author to do (name the sources, record the check that found it), leaves
// content that passes every check. Every build check that reads across editions (carried summaries,
// the terms crosswalk, caveats, lineage ...) meets a scaffolded edition here.
const ROOT = resolve(import.meta.dirname, '../..');

test('a new edition scaffolded from the real content passes every check once its sources are named', () => {
  const content = join(mkdtempSync(join(tmpdir(), 'wtn-new-edition-')), 'content');
  cpSync(join(ROOT, 'content'), content, { recursive: true, filter: (f) => !f.includes(`${join('content', 'official')}`) });
  const env: NodeJS.ProcessEnv = { ...process.env, WTN_CONTENT_DIR: content };
  delete env.WTN_LOCAL_DIR;
  const node = (...args: string[]) => spawnSync(process.execPath, args, { cwd: ROOT, env, encoding: 'utf8' });
  const scaffold = node('scripts/new-edition.ts', '--id', '2029', '--published', '2029-01-10', '--in-force', '2029-04-01');
  assert.equal(scaffold.status, 0, scaffold.stderr);
  const edit = (file: string, change: (t: string) => string) => writeFileSync(file, change(readFileSync(file, 'utf8')));
  const dir = join(content, 'editions', '2029');
  edit(join(dir, 'edition.yaml'), (t) => t.replace(/^( *)sources: \[\]$/gm, '$1sources: [seed-004]'));
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.mdx'))) edit(join(dir, f), (t) => t.replace(/^sources: \[\]$/m, 'sources: [seed-004]'));
  // The check that found it: the newest edition is now 2029 (a revision under way of 2026 would be left behind).
  edit(join(content, 'currency.yaml'), (t) => t.replace(/^newestEdition: .*$/m, 'newestEdition: "2029"').replace(/^revisions:[\s\S]*$/m, ''));
  const check = node('scripts/check-content.ts');
  assert.equal(check.status, 0, check.stdout + check.stderr);
  assert.match(check.stdout, /Working Together 2029: \d+ chapters, \d+ sections, \d+ provisions/);
});
