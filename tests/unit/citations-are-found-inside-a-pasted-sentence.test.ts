import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseCitation } from '../../src/search/citation-parse.ts';
import { go, urls } from './helpers/citation-index-rich.ts';

const E = ['2010', '2015', '2018', '2023', '2026'];

test('a citation inside a sentence is read with its edition, wherever the edition is named', () => {
  const p = parseCitation('Our threshold follows the approach in chapter 1 of the statutory guidance, Working Together to Safeguard Children 2015, for assessment.', E)!;
  assert.equal(p.edition, '2015');
  assert.equal(p.chapter, '1');
  assert.deepEqual(urls(go('Our threshold follows the approach in chapter 1 of the statutory guidance, Working Together to Safeguard Children 2015, for assessment.')), ['/2015/chapter-1/']);
});

test('quotation marks and brackets around the parts change nothing', () => {
  for (const q of ['“Working Together” (2018), ‘chapter 2’', '[Working Together 2018] [Ch. 2]', '"WT 2018, Chapter 2"', '(see: Working Together, 2018 – chapter two)'])
    assert.deepEqual(urls(go(q)), ['/2018/chapter-2/'], q);
});

test('a paragraph of pasted text gives its first citation and counts the others', () => {
  const pasted = [
    'This policy was agreed by the partnership in 2021 after a review of local practice, and it will be looked at again each year by the board and its sub-groups.',
    'Referrals are handled as Working Together 2018 describes in chapter 1, and reviews follow chapter 4 of the same edition.',
    'Where a child may be at risk, staff follow the local procedures and speak to the designated safeguarding lead on the same day.',
  ].join('\n\n');
  const p = parseCitation(pasted, E)!;
  assert.equal(p.edition, '2018');
  assert.equal(p.chapter, '1');
  assert.equal(p.more, 1);
});

test('ordinary words with numbers and years stay words', () => {
  for (const q of ['children act 1989 section 17', '45 working days from referral', 'rapid review 2018', 'the 2021 partnership plan'])
    assert.equal(parseCitation(q, E), null, q);
});
