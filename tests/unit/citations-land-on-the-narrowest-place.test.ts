import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CitationIndex } from '../../src/search/citation-index.ts';
import { parseCitation } from '../../src/search/citation-parse.ts';
import { resolveCitation } from '../../src/search/resolve-citation.ts';

const index: CitationIndex = {
  editions: [
    { id: '2010', title: 'Working Together 2010', scheme: 'chapter-dot-paragraph', current: false, url: '/2010/', chapters: [], printings: [], entries: [
      { k: 's', t: 'The initial child protection conference', u: '/2010/chapter-5/#icpc', r: [['5', 82, 112]], c: 'Chapter 5' },
      { k: 'p', t: 'When it is held', u: '/2010/chapter-5/#icpc-timing', r: [['5', 84, 84]], c: 'Chapter 5' },
      { k: 's', t: 'Core groups', u: '/2010/chapter-5/#core', r: [['5', 113, 119]], c: 'Chapter 5' },
    ] },
    { id: '2018', title: 'Working Together 2018', scheme: 'per-chapter', current: false, url: '/2018/', chapters: [], printings: [], entries: [
      { k: 's', t: 'Decisions on local and national reviews', u: '/2018/chapter-4/#decisions', r: [['4', 20, 30]], c: 'Chapter 4' },
    ] },
    { id: '2023', title: 'Working Together 2023', scheme: 'continuous', current: true, url: '/2023/', chapters: [], printings: [], entries: [
      { k: 'p', t: 'Lead safeguarding partners', u: '/2023/chapter-2/#lsp-who', r: [[null, 48, 48]], c: 'Chapter 2' },
    ] },
  ],
};
const go = (q: string, scope: string | null = null) => resolveCitation(index, parseCitation(q, ['2010', '2018', '2023'])!, scope);

test('a paragraph a provision covers opens that provision', () => {
  const r = go('WT2010 5.84');
  assert.equal(r.kind, 'found');
  assert.equal(r.kind === 'found' && r.option.url, '/2010/chapter-5/#icpc-timing');
});

test('a paragraph no provision lists opens the section whose range holds it', () => {
  const r = go('WT2010 5.82');
  assert.equal(r.kind === 'found' && r.option.url, '/2010/chapter-5/#icpc');
  assert.match(r.kind === 'found' ? r.option.label : '', /para 5\.82 \(in paras 5\.82–5\.112\) – The initial child protection conference/);
});

test('per-chapter and continuous numbering resolve in their own editions', () => {
  assert.equal((go('Working Together 2018 chapter 4 paragraph 23') as { option: { url: string } }).option.url, '/2018/chapter-4/#decisions');
  assert.equal((go('WT2023 para 48') as { option: { url: string } }).option.url, '/2023/chapter-2/#lsp-who');
});

test('a bare dotted number uses the chosen edition', () => {
  const r = go('5.82', '2010');
  assert.equal(r.kind === 'found' && r.option.url, '/2010/chapter-5/#icpc');
});

test('an out-of-range citation explains and suggests the nearest valid places', () => {
  const r = go('WT2010 5.999');
  assert.equal(r.kind, 'not-found');
  assert.match(r.kind === 'not-found' ? r.message : '', /has no para 5\.999/);
  assert.equal(r.kind === 'not-found' && r.options[0].url, '/2010/chapter-5/#core');
});

test('an edition the site does not cover is named, with the editions it does', () => {
  const r = go('WT2006 5.82');
  assert.equal(r.kind, 'not-found');
  assert.match(r.kind === 'not-found' ? r.message : '', /does not cover a 2006 edition/);
  assert.ok(r.kind === 'not-found' && r.options.length > 0);
});
