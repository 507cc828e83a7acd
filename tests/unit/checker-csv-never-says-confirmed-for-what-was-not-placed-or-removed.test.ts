import { test } from 'node:test';
import assert from 'node:assert/strict';
import { confirmedCell } from '../../src/model/checker/csv.ts';
import { check } from './helpers/checker-real.ts';

test('a citation that could not be placed and a removed item never read "Yes" for confirmed', () => {
  const found = check('See WT2018 chapter 9, paragraph 400 (Working Together 2018). Each agency provides an IMR.');
  const unplaced = found.find((f) => f.kind === 'citation')!;
  assert.equal(unplaced.status, 'not-found');
  assert.match(confirmedCell(unplaced), /^No: not placed/);
  const removed = found.find((f) => f.found === 'IMR')!;
  assert.equal(removed.status, 'removed');
  assert.match(confirmedCell(removed), /^No: removed/);
});
