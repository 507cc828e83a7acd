import { test } from 'node:test';
import assert from 'node:assert/strict';
import { editionInQuery } from '../../src/search/edition-in-query.ts';
import { rankResults } from '../../src/search/rank.ts';
import { planQuery } from '../../src/search/query-plan.ts';

const EDITIONS = ['2010', '2013', '2015', '2018', '2023', '2026'];

test('every way of naming an edition in the words is found, and the words without it still search', () => {
  const cases: [string, string, string][] = [
    ['2018 strategy discussion', '2018', 'strategy discussion'],
    ['WT2010 conference', '2010', 'conference'],
    ['conference wt10', '2010', 'conference'],
    ["wt '15 rapid review", '2015', 'rapid review'],
    ['Working Together 2015 rapid review', '2015', 'rapid review'],
    ['working together to safeguard children 2023 core group', '2023', 'core group'],
    ['strategy discussion in 2018', '2018', 'strategy discussion'],
    ['strategy discussion (2018 edition)', '2018', 'strategy discussion'],
  ];
  for (const [q, edition, words] of cases) assert.deepEqual(editionInQuery(q, EDITIONS), { edition, words }, q);
});

test('a year that is not an edition, or belongs to a law, names no edition', () => {
  assert.deepEqual(editionInQuery('Data Protection Act 2018 consent', EDITIONS), { edition: null, words: 'Data Protection Act 2018 consent' });
  assert.deepEqual(editionInQuery('Children Act 2004 section 11', EDITIONS), { edition: null, words: 'Children Act 2004 section 11' });
  assert.deepEqual(editionInQuery('Homelessness Reduction Act 2017', EDITIONS), { edition: null, words: 'Homelessness Reduction Act 2017' });
  assert.deepEqual(editionInQuery('5.82 paragraph', EDITIONS).edition, null);
});

test('an edition alone keeps its words, so the search still has something to look for', () => {
  assert.deepEqual(editionInQuery('2018', EDITIONS), { edition: '2018', words: '2018' });
});

test('the named edition\'s results come first, each part in its own relevance order', () => {
  const order = rankResults([
    { item: '2026 strong', score: 1.0, inForce: true },
    { item: '2018 weak', score: 0.2, inForce: false, preferred: true },
    { item: '2010 strong', score: 0.9, inForce: false },
    { item: '2018 strong', score: 0.8, inForce: false, preferred: true },
  ]);
  assert.deepEqual(order, ['2018 strong', '2018 weak', '2026 strong', '2010 strong']);
});

test('the query plan carries the edition and searches the rest', () => {
  const plan = planQuery('WT2010 ICPC', { icpc: ['initial child protection conference'] }, EDITIONS);
  assert.equal(plan.edition, '2010');
  assert.deepEqual(plan.queries, ['ICPC', 'initial child protection conference']);
});
