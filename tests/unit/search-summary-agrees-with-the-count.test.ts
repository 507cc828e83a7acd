import { test } from 'node:test';
import assert from 'node:assert/strict';
import { matchSummary, partialSummary, shownSummary } from '../../src/components/SearchPage/summaries.ts';

// Results are provisions and everything else the site states (glossary, edition facts ...): "results".
test('one result reads "1 result matches", more read "results match"', () => {
  assert.equal(matchSummary(1, 1, 'incest'), '1 result matches “incest”.');
  assert.equal(matchSummary(2, 2, 'x'), '2 results match “x”.');
  assert.equal(matchSummary(40, 30, 'x'), '40 results match “x”; showing 1 to 30.');
});

test('the "all but one of the words" summary agrees with its count too', () => {
  assert.match(partialSummary(1, 'a b'), /\. 1 holds all but one/);
  assert.match(partialSummary(3, 'a b'), /\. 3 hold all but one/);
});

test('after more results are added the summary says how many are shown of how many', () => {
  assert.equal(shownSummary(60, 84), 'Showing 1 to 60 of 84 results.');
  assert.equal(shownSummary(84, 84), 'Showing all 84 results.');
});
