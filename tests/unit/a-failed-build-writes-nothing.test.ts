import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fixtureContent } from './helpers/fixture-content.ts';

test('bad content stops the build with file and line, and no output folder is written', () => {
  const { project, root } = fixtureContent('duplicate-id', 'bad');
  const out = join(project, 'dist');
  const r = spawnSync(process.execPath, ['scripts/build.ts'], {
    encoding: 'utf8',
    env: { ...process.env, WTN_CONTENT_DIR: root, WTN_OUT_DIR: out, WTN_LOCK_READONLY: '1' },
  });
  assert.equal(r.status, 1);
  assert.match(r.stderr, /content\/editions\/2013\/chapter-3\.mdx:14 {2}The id "icpc-timing" is already used/);
  assert.match(r.stderr, /Build stopped: nothing was written/);
  assert.equal(existsSync(out), false);
});
