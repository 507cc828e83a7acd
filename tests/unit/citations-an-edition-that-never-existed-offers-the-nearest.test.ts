import { test } from 'node:test';
import assert from 'node:assert/strict';
import { go, text, urls } from './helpers/citation-index-rich.ts';

test('a year no edition has offers the nearest editions, saying so, and never lands on one as if it were meant', () => {
  const r = go('Working Together (2003) chapter 5');
  assert.notEqual(r.kind, 'found');
  assert.match(text(r), /does not cover a 2003 edition, and our sources name none/);
  assert.match(text(r), /Working Together 2006 \(not covered here\) and Working Together 2010/);
  assert.deepEqual(urls(r), ['/2010/chapter-5/']);
});

test('an earlier edition the site does not cover names the edition that replaced it', () => {
  const r = go('WT2006 chapter 8');
  assert.equal(r.kind, 'not-found');
  assert.match(text(r), /Working Together 2010 replaced it/);
  assert.deepEqual(urls(r), ['/2010/chapter-8/']);
});

test('a year between two editions names both', () => {
  const r = go('Working Together 2021 chapter 1');
  assert.match(text(r), /Working Together 2018 and Working Together 2023/);
  assert.deepEqual(urls(r), ['/2023/chapter-1/', '/2018/chapter-1/']);
});
