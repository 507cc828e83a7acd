import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rankResults, relevanceGroup } from '../../src/search/rank.ts';

test('within a relevance group the edition in force comes first', () => {
  const order = rankResults([
    { item: '2023 strong', score: 1.0, inForce: false },
    { item: '2018 strong', score: 0.95, inForce: false },
    { item: '2026 strong', score: 0.9, inForce: true },
  ]);
  assert.deepEqual(order, ['2026 strong', '2023 strong', '2018 strong']);
});

test('a much better match in an older edition is not buried under weak ones in force', () => {
  const order = rankResults([
    { item: '2026 weak', score: 0.1, inForce: true },
    { item: '2010 strong', score: 1.0, inForce: false },
  ]);
  assert.deepEqual(order, ['2010 strong', '2026 weak']);
});

test('the order does not depend on how many results are shown', () => {
  const results = Array.from({ length: 40 }, (_, i) => ({ item: i, score: 1 - i / 50, inForce: i % 6 === 0 }));
  const all = rankResults(results);
  assert.deepEqual(rankResults(results).slice(0, 8), all.slice(0, 8));
  assert.equal(new Set(all).size, 40);
});

test('relevance groups are set by the share of the best score', () => {
  assert.equal(relevanceGroup(0.6, 1), 0);
  assert.equal(relevanceGroup(0.3, 1), 1);
  assert.equal(relevanceGroup(0.1, 1), 2);
});
