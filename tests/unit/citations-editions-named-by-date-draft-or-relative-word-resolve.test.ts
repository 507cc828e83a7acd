import { test } from 'node:test';
import assert from 'node:assert/strict';
import { go, text, urls } from './helpers/citation-index-rich.ts';

test('a draft dated before publication leads to the edition it became, saying so', () => {
  const r = go('the Working Together guidance published in December 2009');
  assert.deepEqual(urls(r), ['/2010/']);
  assert.match(text(r), /draft that became Working Together 2010/);
});

test('"draft" with a year reads the next edition', () => {
  assert.deepEqual(urls(go('draft Working Together 2017, chapter 3')), ['/2018/chapter-3/']);
});

test('the year of an amendment reads the amended edition', () => {
  const r = go('Working Together 2020 chapter 1');
  assert.deepEqual(urls(r), ['/2018/chapter-1/']);
  assert.match(text(r), /amended/);
});

test('the month of publication confirms the edition it names', () => {
  assert.deepEqual(urls(go('Working Together (March 2010) chapter 5')), ['/2010/chapter-5/']);
});

test('"old" and "previous" read the edition before the one in force and offer older ones after; "current" the one in force', () => {
  const old = go('the old Working Together chapter 5');
  assert.equal(old.kind, 'choose');
  assert.equal(urls(old)[0], '/2023/chapter-5/');
  assert.match(text(old), /edition before the one in force/);
  assert.deepEqual(urls(go('the current Working Together chapter 3')), ['/2026/chapter-3/']);
});

test('a year with two meanings names both', () => {
  const r = go('Working Together 2017');
  assert.equal(r.kind, 'choose');
  assert.deepEqual(urls(r), ['/2015/', '/2018/']);
});

test('"old" with a chapter the previous edition lacks offers first the nearest older edition that has it', () => {
  const r = go('Old WT chapter 8');
  assert.equal(urls(r)[0], '/2010/chapter-8/');
  assert.match(text(r), /The nearest edition that has it is Working Together 2010/);
});
