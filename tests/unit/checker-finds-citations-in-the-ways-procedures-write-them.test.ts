import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findCitations } from '../../src/model/checker/find-citations.ts';

const EDITIONS = ['2010', '2013', '2015', '2018', '2023', '2026'];
const queries = (text: string) => findCitations(text, EDITIONS).citations.map((c) => c.query);

test('citations are found whichever way round a procedure writes them', () => {
  assert.deepEqual(queries('See WT2010 5.82 for the conference.'), ['WT2010 5.82']);
  assert.deepEqual(queries('as set out in Working Together 2018, chapter 4, paragraph 23.'), ['WT2018 chapter 4 paragraph 23']);
  assert.deepEqual(queries('paragraph 5.82 of Working Together to Safeguard Children 2010'), ['WT2010 5.82']);
  assert.deepEqual(queries('(Working Together 2023 para 48)'), ['WT2023 paragraph 48']);
  assert.deepEqual(queries("WT '10 para 5.82"), ['WT2010 5.82']);
  assert.deepEqual(queries('Working Together to Safeguard Children (HM Government, 2015), chapter 1, paragraph 4'), ['WT2015 chapter 1 paragraph 4']);
});

test('a list of paragraphs gives a citation for each; a range counts by its first paragraph', () => {
  assert.deepEqual(queries('WT2010 5.82, 5.90 and 5.91'), ['WT2010 5.82', 'WT2010 5.90', 'WT2010 5.91']);
  assert.deepEqual(queries('paras 5.38-5.40 of Working Together 2010'), ['WT2010 5.38']);
  // "10 children" is not a paragraph of a list written as chapter.paragraph.
  assert.deepEqual(queries('WT2010 5.82, 10 children were seen'), ['WT2010 5.82']);
});

test('the words as written are kept, without a stray closing bracket', () => {
  const [c] = findCitations('(paras 5.38-5.40 of Working Together 2010).', EDITIONS).citations;
  assert.equal(c.text, 'paras 5.38-5.40 of Working Together 2010');
  assert.equal(c.parsed.edition, '2010');
  assert.equal(c.parsed.chapter, '5');
  assert.equal(c.parsed.paragraph, 38);
});

test('an edition named without a paragraph is an edition reference, not a citation', () => {
  const found = findCitations('This follows Working Together to Safeguard Children (2015) and the 2018 Working Together guidance.', EDITIONS);
  assert.deepEqual(found.citations, []);
  assert.deepEqual(found.editions.map((e) => [e.text, e.year]), [['Working Together to Safeguard Children (2015)', '2015'], ['2018 Working Together', '2018']]);
});

test('numbers that are not paragraphs are not read as citations', () => {
  assert.deepEqual(queries('Working Together 2018 asks for 45 working days. Section 47 of the Children Act 1989.'), []);
  assert.deepEqual(queries('Version 4, 2017'), []);
});
