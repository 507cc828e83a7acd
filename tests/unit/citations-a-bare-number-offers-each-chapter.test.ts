import { test } from 'node:test';
import assert from 'node:assert/strict';
import { go, text, urls } from './helpers/citation-index-fixture.ts';

test('"WT2015: 72" reads as paragraph 72 and offers it in each chapter of 2015', () => {
  for (const q of ['WT2015: 72', 'WT 2015 72', 'Working Together 2015 - 72']) {
    const r = go(q);
    assert.equal(r.kind, 'choose', q);
    assert.equal(urls(r).length, 5, q);
    assert.match(text(r), /paragraph 72 in each of chapters 1, 2, 3, 4, 5/, q);
  }
});
