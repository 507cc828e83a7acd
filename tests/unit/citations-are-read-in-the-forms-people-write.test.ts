import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseCitation } from '../../src/search/citation-parse.ts';

const E = ['2010', '2013', '2015', '2018', '2023'];
const read = (q: string) => parseCitation(q, E);

test('"WT2010 5.82" is chapter 5, paragraph 82 of 2010', () => {
  assert.deepEqual(read('WT2010 5.82'), { edition: '2010', chapter: '5', paragraph: 82, dotted: true });
});

test('the edition may be spelled out, come after the number, or be abbreviated', () => {
  for (const q of ['Working Together 2010 para 5.82', '5.82 WT 2010', 'wt10 5.82', 'Working Together to Safeguard Children (2010), paragraph 5.82', '5.82 (2010)'])
    assert.deepEqual(read(q), { edition: '2010', chapter: '5', paragraph: 82, dotted: true }, q);
});

test('chapter and paragraph may be written as words', () => {
  assert.deepEqual(read('Working Together 2018 chapter 4 paragraph 23'), { edition: '2018', chapter: '4', paragraph: 23, dotted: false });
  assert.deepEqual(read('2018 ch 4 para 23'), { edition: '2018', chapter: '4', paragraph: 23, dotted: false });
});

test('a continuous paragraph number needs only the edition', () => {
  assert.deepEqual(read('WT2023 para 48'), { edition: '2023', chapter: null, paragraph: 48, dotted: false });
});

test('a dotted number alone is a citation; the edition then comes from the search scope', () => {
  assert.deepEqual(read('5.82'), { edition: null, chapter: '5', paragraph: 82, dotted: true });
});

test('ordinary words, and numbers that are not citations, are left to word search', () => {
  for (const q of ['strategy discussion timescale', 'section 47', '15 working days', 'rapid review 2018', 'children act 1989'])
    assert.equal(read(q), null, q);
});
