import { test } from 'node:test';
import assert from 'node:assert/strict';
import { go, text, urls } from './helpers/citation-index-rich.ts';

test('"Chapter 8 Serious case reviews" with no edition opens the one edition whose chapter 8 it is', () => {
  const r = go('Chapter 8 Serious case reviews');
  assert.equal(r.kind, 'found');
  assert.deepEqual(urls(r), ['/2010/chapter-8/']);
  assert.match(text(r), /No edition named/);
});

test('a chapter titled the same in two editions asks which, both offered', () => {
  const r = go('Chapter 4: Learning and Improvement Framework');
  assert.equal(r.kind, 'found', 'only 2015 has this title in the fixture');
  assert.deepEqual(urls(r), ['/2015/chapter-4/']);
});
