import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getProvision } from '../../src/model/queries.ts';
import { statusOf } from '../../src/model/confirmation/index.ts';
import { changeHeading, evidenceText } from '../../src/model/confirmation/words.ts';
import { wordDiffHtml } from '../../src/model/compare/word-diff.ts';
import { gardenSite } from './helpers/confirmation-fixture.ts';

test('a carried provision whose official paragraph was reworded is to review, with the old and new words for a diff', () => {
  const { site, root } = gardenSite();
  const s = statusOf(site, getProvision(site, '2013', 'tool-care')!, root);
  assert.ok(s.status === 'review', s.status);
  assert.equal(s.changes.length, 1);
  const [ch] = s.changes;
  assert.equal(ch.kind, 'changed');
  assert.equal(changeHeading(ch, '2010', '2013'), '2010 paragraph 5.83 → 2013 paragraph 2');
  const diff = wordDiffHtml(ch.was.map((w) => w.text).join(' '), ch.now!.text);
  assert.match(diff, /<del>.*the same day.*<\/del>/);
  assert.match(diff, /<ins>.*before dusk.*<\/ins>/);
  assert.match(evidenceText(s, '2013'), /^The official text changed: 2013 paragraph 2 differs from 2010 paragraph 5\.83, from which this summary was written\./);
});

test('a paragraph added among the mapped ones makes the provision to review too', () => {
  const { site, root } = gardenSite({ reviewed: { '2010': { 'seed-fund': ['5.84'] }, '2013': { 'seed-fund': ['4', '5'] } } });
  const s = statusOf(site, getProvision(site, '2013', 'seed-fund')!, root);
  assert.ok(s.status === 'review', s.status);
  assert.deepEqual(s.changes.map((c) => [c.kind, c.now?.number]), [['added', '5']]);
});

test('a paragraph the summary was written from that is gone from the newer edition makes the provision to review', () => {
  const { site, root } = gardenSite({
    changes: { 3: 'Hedges along the lane are cut back twice a year by volunteers from the parish.' },
    reviewed: { 2010: { 'seed-fund': ['5.84', '5.85'] }, 2013: { 'seed-fund': ['4'] } },
  });
  const s = statusOf(site, getProvision(site, '2013', 'seed-fund')!, root);
  assert.ok(s.status === 'review', s.status);
  assert.deepEqual(s.changes.map((c) => [c.kind, c.was.map((w) => w.number)]), [['removed', ['5.85']]]);
  assert.equal(changeHeading(s.changes[0], '2010', '2013'), '2010 paragraph 5.85 (no longer there)');
});
