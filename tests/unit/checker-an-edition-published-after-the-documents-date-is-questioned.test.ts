import { test } from 'node:test';
import assert from 'node:assert/strict';
import { documentYear } from '../../src/model/checker/check-text.ts';
import { check } from './helpers/checker-real.ts';

test('the date a document gives in its opening lines is read', () => {
  assert.equal(documentYear('Westshire Procedure (version 3, 2016)\nPurpose'), 2016);
  assert.equal(documentYear('Reviewed: March 2019\nNext review 2021'), 2019);
  assert.equal(documentYear('A procedure with no date at all'), null);
});

test('a document dated before the edition it cites is asked which edition it means', () => {
  const [f] = check('Eastshire Procedure (version 2, 2016)\nReferrals follow Working Together 2018, chapter 1.');
  assert.match(f.detail, /^Your document gives 2016 as its date, before Working Together 2018 was published: check which edition it means/);
  const [g] = check('Eastshire Procedure (version 2, 2019)\nReferrals follow Working Together 2018, chapter 1.');
  assert.doesNotMatch(g.detail, /Your document gives/);
});
