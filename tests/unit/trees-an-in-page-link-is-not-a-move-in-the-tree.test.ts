import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isTreeState, writeState } from '../../src/components/DecisionTree/url-state.ts';

test('a fragment holding any tree’s state is a move in the tree', () => {
  assert.equal(isTreeState(writeState('serious-case-review', { edition: '2013', answers: { 'what-happened': 'died' } })), true);
  assert.equal(isTreeState('#tree=child-death-review'), true);
});

test('an in-page link ("#main" from the skip link, a paragraph anchor) is not', () => {
  for (const hash of ['#main', '#serious-case-review-outline-start', '#para-5-2', '#']) assert.equal(isTreeState(hash), false, hash);
});
