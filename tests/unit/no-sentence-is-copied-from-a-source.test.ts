import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

// The project's copy check (shared with the seed documents, beside the repository) must pass.
const tool = resolve('..', 'shared', 'tools', 'verbatim-check');

test('no line shares 12 or more words with a source document (verbatim-check)', { skip: !existsSync(tool) && 'verbatim-check is not beside this checkout' }, () => {
  const r = spawnSync('python3', [tool, '.'], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stdout + r.stderr);
});
