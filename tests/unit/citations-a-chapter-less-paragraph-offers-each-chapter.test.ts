import { test } from 'node:test';
import assert from 'node:assert/strict';
import { go, text, urls } from './helpers/citation-index-fixture.ts';

test('"paragraph 5 of Working Together 2013" offers paragraph 5 of each chapter, with each chapter\'s title', () => {
  const r = go('paragraph 5 of Working Together 2013');
  assert.equal(r.kind, 'choose');
  assert.match(text(r), /numbers its paragraphs from 1 again in each chapter/);
  assert.deepEqual(urls(r), ['/2013/chapter-1/', '/2013/chapter-2/', '/2013/chapter-3/', '/2013/chapter-4/', '/2013/chapter-5/']);
  assert.match(text(r), /chapter 3, paragraph 5 – somewhere in Chapter 3: Local Safeguarding Children Boards/);
});

test('where a chapter\'s paragraph is known, its candidate is the provision itself', () => {
  const r = go('Working Together 2018 para 9');
  assert.equal(r.kind, 'choose');
  assert.ok(urls(r).includes('/2018/chapter-5/#cdr-boundaries'));
});
