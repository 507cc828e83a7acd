import { test } from 'node:test';
import assert from 'node:assert/strict';
import { go, text, urls } from './helpers/citation-index-fixture.ts';

test('"WT2018 chapter 4", "WT2018 ch 4" and "Working Together 2013 chapter 4" open that chapter', () => {
  for (const [q, url] of [['WT2018 chapter 4', '/2018/chapter-4/'], ['WT2018 ch 4', '/2018/chapter-4/'], ['WT2018 ch. 4', '/2018/chapter-4/'], ['Working Together 2013 chapter 4', '/2013/chapter-4/']]) {
    const r = go(q);
    assert.equal(r.kind, 'found', q);
    assert.deepEqual(urls(r), [url], q);
  }
});

test('a chapter the edition does not have lists the chapters it has', () => {
  const r = go('WT2018 chapter 9');
  assert.equal(r.kind, 'not-found');
  assert.match(text(r), /has no chapter 9/);
  assert.ok(urls(r).includes('/2018/chapter-4/'));
});
