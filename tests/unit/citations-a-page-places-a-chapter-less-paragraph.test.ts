import { test } from 'node:test';
import assert from 'node:assert/strict';
import { go, text, urls } from './helpers/citation-index-fixture.ts';

test('"Working Together 2018, page 34, paragraph 82" uses the page to find the chapter and lands on the page', () => {
  const r = go('Working Together 2018, page 34, paragraph 82');
  assert.equal(r.kind, 'not-found');
  assert.match(text(r), /paragraph 82 of Working Together 2018 exactly; the page puts it in Chapter 1/);
  assert.deepEqual(urls(r), ['/2018/chapter-1/#managing-individual-cases', '/2018/chapter-1/#timeliness']);
});
