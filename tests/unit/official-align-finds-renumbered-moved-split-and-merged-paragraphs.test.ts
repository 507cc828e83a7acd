import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alignEditions, type AlignParagraph } from '../../src/official/align.ts';
import { readAlignmentReview, alignmentYaml } from '../../src/official/review-file.ts';

// Two made-up editions of a guide to a lending library (our own words).
const P = (number: string, text: string): AlignParagraph => ({ number, chapter: number.split('.')[0], heading: '', page: 1, text });
const older = [
  P('1.1', 'Borrowers show their card at the desk before taking any book home.'),
  P('1.2', 'Books are lent for three weeks and may be renewed twice by telephone.'),
  P('1.3', 'Late returns attract a small fine that goes towards buying new picture books. Fines are waived for readers under twelve.'),
  P('1.4', 'The reading room is quiet after six in the evening.'),
  P('1.5', 'Lost books are replaced at the borrower cost.'),
  P('2.1', 'Volunteers shelve returned books every morning before opening.'),
  P('2.2', 'Damaged spines are mended in the back office with archival tape.'),
  P('2.3', 'Maps and atlases stay in the reference section and cannot be borrowed.'),
];
const newer = [
  P('1', 'Borrowers show their card at the desk before taking any book home.'),
  P('2', 'Books are lent for four weeks and may be renewed twice online or by telephone.'),
  P('3', 'Late returns attract a small fine that goes towards buying new picture books.'),
  P('4', 'Fines are waived for readers under twelve.'),
  P('5', 'Maps and atlases stay in the reference section and cannot be borrowed.'),
  P('6', 'The reading room is quiet after six in the evening, and lost books are replaced at the borrower cost.'),
  P('7', 'Volunteers shelve returned books every morning before opening.'),
  P('8', 'A homework club meets on Tuesdays in the children corner.'),
];
const { proposals, removed } = alignEditions(older, newer);
const by = (n: string) => proposals.find((p) => p.new === n)!;

test('the same words under a new number are the same paragraph, renumbered', () => {
  assert.deepEqual([by('1').kind, by('1').old, by('1').renumbered], ['same', ['1.1'], true]);
});

test('a few words changed is reworded, with a word diff', () => {
  assert.equal(by('2').kind, 'reworded');
  assert.deepEqual(by('2').old, ['1.2']);
  assert.match(by('2').diff!, /\[-three-\] \{\+four\+\}/);
});

test('one paragraph becoming two is a split; two becoming one is a merge', () => {
  assert.deepEqual([by('3').kind, by('3').old, by('4').kind, by('4').old], ['split', ['1.3'], 'split', ['1.3']]);
  assert.deepEqual([by('6').kind, by('6').old], ['merged', ['1.4', '1.5']]);
});

test('a section moved out of order is moved; a new paragraph is new; nothing is removed wrongly', () => {
  assert.deepEqual([by('5').kind, by('5').old, by('5').wording], ['moved', ['2.3'], 'same']);
  assert.equal(by('7').kind, 'same');
  assert.deepEqual([by('8').kind, by('8').old], ['new', []]);
  assert.deepEqual(removed, ['2.2']);
});

test('the review file reads back after a person corrects it, and a wrong correction is caught', () => {
  const text = alignmentYaml('A', 'B', { proposals, removed });
  assert.equal(readAlignmentReview(text).paragraphs.length, 8);
  const edited = text.replace(/kind: new\n/, 'kind: changed\n');
  assert.throws(() => readAlignmentReview(edited), /a "new" paragraph has no old counterpart/);
});
