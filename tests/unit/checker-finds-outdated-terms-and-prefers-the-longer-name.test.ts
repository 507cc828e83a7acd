import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findTerms } from '../../src/model/checker/find-terms.ts';
import type { OutdatedTerm } from '../../src/model/checker/types.ts';

const term = (id: string, term: string, acronym?: string): OutdatedTerm => ({
  id, names: [{ term, ...(acronym ? { acronym } : {}) }], editions: ['2010'], status: 'renamed', definedAt: { label: term, url: `/terms/#term-${id}` },
});
const TERMS = [
  term('lscb', 'Local Safeguarding Children Board', 'LSCB'),
  term('serious-case-review', 'serious case review', 'SCR'),
  term('national-panel', 'national panel of independent experts on serious case reviews'),
];
const found = (text: string) => findTerms(text, TERMS).map((f) => [f.text, f.term.id]);

test('full names are found in any case, in the plural and across a line break', () => {
  assert.deepEqual(found('The Local Safeguarding\nChildren Boards and two Serious Case Reviews.'), [
    ['Local Safeguarding Children Boards', 'lscb'],
    ['Serious Case Reviews', 'serious-case-review'],
  ]);
});

test('acronyms are found as capitals, plural and possessive, but not inside other words', () => {
  assert.deepEqual(found("LSCBs, the LSCB's report, an SCR; not lscb or SCRAP"), [['LSCBs', 'lscb'], ["LSCB's", 'lscb'], ['SCR', 'serious-case-review']]);
});

test('where names overlap the longer one wins', () => {
  assert.deepEqual(found('the national panel of independent experts on serious case reviews advised'), [
    ['national panel of independent experts on serious case reviews', 'national-panel'],
  ]);
});
