import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getProvision } from '../../src/model/queries.ts';
import { statusOf } from '../../src/model/confirmation/index.ts';
import { evidenceText } from '../../src/model/confirmation/words.ts';
import { gardenSite } from './helpers/confirmation-fixture.ts';

// tests/fixtures/confirmation: 2013 carries the 2010 summaries forward, not confirmed.

test('a carried provision whose official paragraph is word for word the same in both editions is confirmed unchanged, naming both numbers', () => {
  const { site, root } = gardenSite();
  const s = statusOf(site, getProvision(site, '2013', 'watering-rota')!, root);
  assert.equal(s.status, 'confirmed');
  assert.ok(s.status === 'confirmed');
  assert.deepEqual([s.evidence.older.paragraphs.map((x) => x.number), s.evidence.newer.paragraphs.map((x) => x.number)], [['5.82'], ['1']]);
  assert.equal(s.evidence.proposed, true, 'matched by words, not reviewed');
  assert.equal(evidenceText(s, '2013'), 'Official paragraph 5.82 of 2010 is word for word the same as paragraph 1 of 2013. The paragraphs were matched to this summary by their words; an editor has not yet checked the match.');
});

test('a mapping reviewed in both editions confirms without the unreviewed caveat', () => {
  const { site, root } = gardenSite({ reviewed: { '2010': { 'seed-fund': ['5.84'] }, '2013': { 'seed-fund': ['4'] } } });
  const s = statusOf(site, getProvision(site, '2013', 'seed-fund')!, root);
  assert.ok(s.status === 'confirmed', s.status);
  assert.equal(s.evidence.proposed, false);
  assert.equal(evidenceText(s, '2013'), 'Official paragraph 5.84 of 2010 is word for word the same as paragraph 4 of 2013.');
});

test('a provision with a summary of its own is not a carried status at all', () => {
  const { site, root } = gardenSite();
  assert.deepEqual(statusOf(site, getProvision(site, '2010', 'watering-rota')!, root), { status: 'own' });
});
