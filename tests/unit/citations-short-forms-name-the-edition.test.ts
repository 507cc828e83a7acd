import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseCitation } from '../../src/search/citation-parse.ts';
import { go, urls } from './helpers/citation-index-fixture.ts';

const E = ['2010', '2013', '2015', '2018', '2023'];

test('"WT18", "WT 2018" and "2018 WT" all name the 2018 edition, and "4.1" there is chapter 4, paragraph 1', () => {
  for (const q of ['WT18 4.1', 'WT 2018 4.1', '2018 WT 4.1', 'wt2018 4.1'])
    assert.deepEqual(parseCitation(q, E), { edition: '2018', chapter: '4', paragraph: 1, dotted: true }, q);
  assert.deepEqual(parseCitation('2018 WT ch 4', E), { edition: '2018', chapter: '4', paragraph: null, dotted: false });
});

test('a short form on its own opens the edition', () => {
  assert.deepEqual(urls(go('WT18')), ['/2018/']);
});

test('words with a year in them are still words', () => {
  for (const q of ['rapid review 2018', 'children act 1989', 'section 47', '15 working days']) assert.equal(parseCitation(q, E), null, q);
});
