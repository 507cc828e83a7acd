import { test } from 'node:test';
import assert from 'node:assert/strict';
import { matchSummary, partialSummary } from '../../src/components/SearchPage/summaries.ts';

test('one result reads "1 provision matches", more read "provisions match"', () => {
  assert.equal(matchSummary(1, 1, 'incest'), '1 provision matches “incest”.');
  assert.equal(matchSummary(2, 2, 'x'), '2 provisions match “x”.');
  assert.equal(matchSummary(40, 30, 'x'), '40 provisions match “x”; showing the first 30.');
});

test('the "all but one of the words" summary agrees with its count too', () => {
  assert.match(partialSummary(1, 'a b'), /\. 1 holds all but one/);
  assert.match(partialSummary(3, 'a b'), /\. 3 hold all but one/);
});
