import { test } from 'node:test';
import assert from 'node:assert/strict';
import { go, text, urls } from './helpers/citation-index-fixture.ts';

test('"WT2023 3.1" says 2023 numbers its paragraphs in one run and offers chapter 3 first, then the others', () => {
  const r = go('WT2023 3.1');
  assert.equal(r.kind, 'not-found');
  assert.match(text(r), /numbers its paragraphs in one run through the whole document/);
  assert.deepEqual(urls(r), ['/2023/chapter-3/', '/2023/chapter-1/', '/2023/chapter-2/']);
});

test('"WT2015 1.20" lands on chapter 1 and says no source places paragraph 20 more exactly', () => {
  const r = go('WT2015 1.20');
  assert.equal(r.kind, 'not-found');
  assert.match(text(r), /We cannot place chapter 1, paragraph 20 of Working Together 2015 exactly/);
  assert.deepEqual(urls(r), ['/2015/chapter-1/']);
});

test('a page of an edition with no known page numbers says so and lists the chapters', () => {
  const r = go('Working Together 2013, page 12');
  assert.match(text(r), /No source we hold gives the printed page numbers of Working Together 2013/);
  assert.equal(urls(r).length, 5);
});

test('no citation ends in an empty list', () => {
  for (const q of ['WT2023 3.1', 'WT2015 1.20', 'WT2023 para 999', 'WT2018 page 3', 'WT2018 page 400', 'WT2013 chapter 9', 'WT2010 5.999', 'WT2006 5.82', 'WT2013 4.999'])
    assert.ok(urls(go(q)).length > 0 && urls(go(q)).every((u) => u), q);
});
