import { test } from 'node:test';
import assert from 'node:assert/strict';
import { go, text, urls } from './helpers/citation-index-rich.ts';

test('a title that names another chapter of the same edition offers that chapter first, then the numbered one, and says why', () => {
  const r = go('Working Together 2023 Ch 2 — allegations against staff');
  assert.equal(r.kind, 'choose');
  assert.deepEqual(urls(r).slice(0, 2), ['/2023/chapter-4/#trust', '/2023/chapter-2/']);
  assert.match(text(r), /Chapter 2 of Working Together 2023 is ‘Multi-agency safeguarding arrangements’/);
  assert.match(text(r), /chapter 4 of Working Together 2023/);
  assert.match(text(r), /chapter 2 in 2018/, 'the edition whose chapter 2 it was is named');
});

test('a chapter number kept from an earlier edition, with its topic in words, leads to where the topic is now', () => {
  const r = go('Working Together 2023, chapter 4 (child safeguarding practice reviews)');
  assert.equal(urls(r)[0], '/2023/chapter-5/#practice-reviews');
  assert.ok(urls(r).includes('/2023/chapter-4/'));
});

test('a title that fits the number only in another edition offers the numbered chapter first and names the other edition', () => {
  const r = go('Working Together 2018 chapter 3 Local Safeguarding Children Boards');
  assert.equal(r.kind, 'choose');
  assert.deepEqual(urls(r), ['/2018/chapter-3/', '/2015/chapter-3/']);
  assert.match(text(r), /chapter 3 in 2015/);
});

test('when the number and the words agree the chapter opens directly', () => {
  assert.equal(go('Working Together 2010 chapter 8 serious case reviews').kind, 'found');
});
