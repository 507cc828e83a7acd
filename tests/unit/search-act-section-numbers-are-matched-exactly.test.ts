import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sectionPhrases, sectionsNamed, writeOutSections } from '../../src/search/section-numbers.ts';
import { planQuery } from '../../src/search/query-plan.ts';

test('every way of abbreviating a section is written out as "section N"', () => {
  for (const typed of ['s.16EA', 's 16EA', 's16EA', 'S.16EA', 'sec. 16EA', 'sect 16EA', 'ss 16EA', 'section 16EA'])
    assert.equal(writeOutSections(typed).toLowerCase(), 'section 16ea', typed);
  assert.equal(writeOutSections('s.47 enquiries'), 'section 47 enquiries');
  assert.equal(writeOutSections('(s.11) duty'), '(section 11) duty');
});

test('words that only end in "s" are not taken for a section', () => {
  assert.equal(writeOutSections('children’s 2 plans'), 'children’s 2 plans');
  assert.equal(writeOutSections('class 5 pupils'), 'class 5 pupils');
  assert.equal(writeOutSections("child's 2 plans"), "child's 2 plans");
});

test('a lettered section number must appear as a whole word: 16LB never finds 16L or 16LC', () => {
  assert.deepEqual(sectionPhrases('16LB'), ['"16lb"']);
  assert.deepEqual(sectionPhrases('section 16EA'), ['"16ea"']);
  assert.deepEqual(sectionPhrases('s.16E duty'), ['"16e"']);
  assert.deepEqual(sectionsNamed('16lb and 31za'), ['16LB', '31ZA']);
});

test('a plain section number is matched with its word, so "section 11" does not find every 11', () => {
  assert.deepEqual(sectionPhrases('section 11 of the Children Act 2004'), ['"section 11"']);
  assert.deepEqual(sectionPhrases('s.47'), ['"section 47"']);
});

test('ordinals, years and paragraph numbers are not section numbers', () => {
  assert.deepEqual(sectionPhrases('2nd review conference'), []);
  assert.deepEqual(sectionPhrases('15th day'), []);
  assert.deepEqual(sectionPhrases('Children Act 1989'), []);
  assert.deepEqual(sectionPhrases('5.82'), []);
});

test('a query plan searches the written-out words and requires the section', () => {
  const plan = planQuery('s.16EA teams', {}, ['2010', '2026']);
  assert.equal(plan.words, 'section 16EA teams');
  assert.deepEqual(plan.exact, ['"16ea"']);
});
