import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CSV_HEADER, findingsToCsv } from '../../src/model/checker/csv.ts';
import type { Finding } from '../../src/model/checker/types.ts';

const finding: Finding = {
  kind: 'term', found: '=LSCB', lines: [3, 9], context: '…', pointsTo: { label: 'Local Safeguarding Children Board', url: '/2010/chapter-3/#lscb-role' },
  status: 'renamed', unconfirmed: false, detail: 'Replaced by safeguarding partners, from 2018.', changes: [], successors: [{ label: 'safeguarding partners', url: '/terms/#term-safeguarding-partners' }],
  suggestion: 'Write “safeguarding partners” instead of "LSCB".',
};

test('the CSV starts with a byte-order mark and a header, one CRLF row per finding', () => {
  const csv = findingsToCsv([finding], 'https://example.org');
  assert.equal(csv[0], '\uFEFF');
  const rows = csv.slice(1).split('\r\n');
  assert.equal(rows[0], CSV_HEADER.join(','));
  assert.equal(rows.length, 3);
  assert.equal(rows[2], '');
});

test('cells are quoted where needed, formulas are defused and links are absolute', () => {
  const row = findingsToCsv([finding], 'https://example.org').slice(1).split('\r\n')[1];
  assert.ok(row.startsWith("'=LSCB,Outdated term,3 9,"));
  assert.ok(row.includes('"Replaced by safeguarding partners, from 2018."'));
  assert.ok(row.includes('"Write “safeguarding partners” instead of ""LSCB""."'));
  assert.ok(row.endsWith('https://example.org/2010/chapter-3/#lscb-role https://example.org/terms/#term-safeguarding-partners'));
});
