import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getSite } from '../../src/model/index.ts';
import { getTerms } from '../../src/model/terms/index.ts';
import { computeUsage } from '../../src/model/terms/usage.ts';
import { statusIn } from '../../src/model/terms/status.ts';

const site = getSite();
const terms = getTerms();
const usage = computeUsage(site, terms);
const at = (id: string, name: string) => {
  const t = terms.find((x) => x.id === id)!;
  const i = t.names.findIndex((n) => n.term === name);
  return { computed: (e: string) => usage.status(id, i, e), declared: (e: string) => statusIn(t.names[i], e) };
};

test('early help is used from 2013, where each edition has an early help section', () => {
  for (const e of ['2013', '2015', '2018', '2023']) assert.equal(at('early-help', 'early help').computed(e), 'used', e);
  assert.equal(at('early-help', 'early help').declared('2026'), 'mentioned');
});

test('a name only carried-forward provisions use is not confirmed, never used and never absent', () => {
  assert.equal(at('lead-safeguarding-partners', 'delegated safeguarding partners').computed('2026'), 'not-confirmed');
  assert.equal(at('lead-safeguarding-partners', 'lead safeguarding partners').computed('2026'), 'used');
});

test('2026 terms the review found missing are used: integrated care board, child safeguarding practice review, the Panel, child death review partners', () => {
  for (const [id, name] of [['integrated-care-board', 'integrated care board'], ['child-safeguarding-practice-review', 'child safeguarding practice review'],
    ['practice-review-panel', 'Child Safeguarding Practice Review Panel'], ['child-death-review-partners', 'child death review partners']])
    assert.equal(at(id, name).declared('2026'), 'used', name);
});

test('"the national Child Safeguarding Practice Review Panel" names the Panel, not a national review', () => {
  assert.notEqual(at('child-safeguarding-practice-review', 'national child safeguarding practice review').computed('2026'), 'used');
});

test('a name kept only as the body that was replaced is declared mentioned, with the reason', () => {
  const ccg = at('clinical-commissioning-group', 'clinical commissioning group');
  assert.equal(ccg.computed('2023'), 'used');
  assert.equal(ccg.declared('2023'), 'mentioned');
});
