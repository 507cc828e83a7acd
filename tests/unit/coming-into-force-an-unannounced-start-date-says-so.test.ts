import { test } from 'node:test';
import assert from 'node:assert/strict';
import { whenExpected } from '../../src/model/coming-into-force/when.ts';

test('a start date not yet announced reads "Start date not yet announced", not "Expected: Not yet announced"', () => {
  for (const words of ['Not yet announced', 'not announced', 'To be confirmed', 'TBC'])
    assert.deepEqual([whenExpected(words).sentence, whenExpected(words).phrase], ['Start date not yet announced', 'start date not yet announced'], words);
});

test('an announced time keeps the words sources use', () => {
  const w = whenExpected('Late 2027 (regulations, as the DfE aimed)');
  assert.equal(w.sentence, 'Expected: Late 2027 (regulations, as the DfE aimed)');
  assert.equal(w.phrase, 'expected: Late 2027 (regulations, as the DfE aimed)');
});
