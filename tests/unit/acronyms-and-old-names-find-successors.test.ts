import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildSynonyms, expandQuery } from '../../src/search/synonyms.ts';
import type { Term } from '../../src/schemas/term.ts';

const terms: Term[] = [
  { id: 'lscb', names: [{ term: 'Local Safeguarding Children Board', acronym: 'LSCB', editions: ['2010'], notConfirmed: [], mentioned: {} }], replaces: [], takesIn: [], definedAt: {}, sources: ['s'] },
  { id: 'sp', names: [{ term: 'safeguarding partners', editions: ['2018'], notConfirmed: [], mentioned: {} }], replaces: ['lscb'], takesIn: [], definedAt: {}, sources: ['s'] },
  { id: 'scr', names: [{ term: 'serious case review', acronym: 'SCR', editions: ['2010'], notConfirmed: [], mentioned: {} }], replaces: [], takesIn: [], definedAt: {}, sources: ['s'] },
  { id: 'cspr', names: [{ term: 'child safeguarding practice review', acronym: 'CSPR', editions: ['2018'], notConfirmed: [], mentioned: {} }], replaces: ['scr'], takesIn: [], definedAt: {}, sources: ['s'] },
];
const syn = buildSynonyms(terms);

test('an acronym also searches for its expansion', () => {
  assert.ok(expandQuery('SCR', syn).includes('serious case review'));
  assert.ok(expandQuery('CSPR', syn).includes('child safeguarding practice review'));
});

test('an old name also searches for its successor', () => {
  assert.ok(expandQuery('LSCB', syn).includes('local safeguarding children board'));
  assert.ok(expandQuery('LSCB', syn).includes('safeguarding partners'));
  assert.ok(expandQuery('serious case review', syn).includes('child safeguarding practice review'));
});

test('the rest of the query is kept around the expansion', () => {
  assert.ok(expandQuery('SCR timescales', syn).includes('serious case review timescales'));
});

test('words that are not terms are not expanded', () => {
  assert.deepEqual(expandQuery('strategy discussion', syn), []);
});
