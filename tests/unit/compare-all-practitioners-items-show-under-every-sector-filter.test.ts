import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fallsUnder } from '../../src/model/compare/sector-filter.ts';
import { DUTY_GROUPS } from '../../src/schemas/duty-holder.ts';

test('an item that falls on all practitioners shows under every sector filter', () => {
  for (const g of DUTY_GROUPS) assert.equal(fallsUnder(['practitioners'], [g]), true, g);
});

test('an item shows under the groups it falls on and under no others', () => {
  assert.equal(fallsUnder(['health', 'police'], ['health']), true);
  assert.equal(fallsUnder(['health', 'police'], ['education', 'police']), true);
  assert.equal(fallsUnder(['health', 'police'], ['education']), false);
});

test('with no group chosen every item shows, including one that falls on no group', () => {
  assert.equal(fallsUnder([], []), true);
  assert.equal(fallsUnder(['health'], []), true);
});
