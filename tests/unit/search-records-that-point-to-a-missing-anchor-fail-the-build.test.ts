import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { recordAnchorProblems } from '../../scripts/post-build/search-record-anchors.ts';
import type { SearchRecord } from '../../src/search/records.ts';

const dir = mkdtempSync(join(tmpdir(), 'wtn-anchors-'));
mkdirSync(join(dir, '2018'), { recursive: true });
writeFileSync(join(dir, '2018', 'index.html'), '<h2 id="amendments">Amendments after publication</h2>');
const record = (url: string): SearchRecord => ({ url, content: 'x', language: 'en', meta: { title: 'Amendments', kind: 'Edition facts' }, filters: {}, sort: {} });

test('a record whose page has its anchor passes', () => {
  assert.deepEqual(recordAnchorProblems(dir, [record('/2018/#amendments'), record('/2018/')]), []);
});

test('a record whose anchor or page is missing is reported with the fix', () => {
  const problems = recordAnchorProblems(dir, [record('/2018/#transitional'), record('/2019/')]);
  assert.equal(problems.length, 2);
  assert.match(problems[0], /\/2018\/#transitional.*no element with id "transitional"\. Fix:/);
  assert.match(problems[1], /points to \/2019\/, which the build did not make\. Fix:/);
});
