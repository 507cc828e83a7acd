import { test } from 'node:test';
import assert from 'node:assert/strict';
import { go, text, urls } from './helpers/citation-index-rich.ts';

test('a number between two placed paragraphs of one chapter is said to be in that chapter, with the official text next', () => {
  const r = go('WT2023 175');
  assert.match(text(r), /paragraphs 150 and 190 are both in chapter 3, so it is in chapter 3/);
  assert.deepEqual(urls(r).slice(0, 2), ['/2023/chapter-3/', 'https://example.org/wt2023']);
});

test('a number between chapters names only the chapters it may be in, never every chapter as nearby', () => {
  const r = go('WT2023 para 200');
  assert.match(text(r), /somewhere in chapter 3 to chapter 4/);
  const chapters = urls(r).filter((u) => /chapter-\d\/$/.test(u));
  assert.deepEqual(chapters, ['/2023/chapter-3/', '/2023/chapter-4/']);
  assert.ok(urls(r).includes('https://example.org/wt2023'));
  assert.ok(r.kind !== 'found' && r.options.every((o) => o.why && o.why !== 'Nearby'));
});

test('a chapter named with the number is put first when the numbers either side allow it', () => {
  const r = go('Working Together 2023, chapter 3, paragraph 160');
  assert.equal(urls(r)[0], '/2023/chapter-3/');
});
