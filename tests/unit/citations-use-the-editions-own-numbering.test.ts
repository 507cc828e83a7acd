import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadSite } from '../../src/model/index.ts';
import { citationFor } from '../../src/model/citations.ts';
import { getEdition } from '../../src/model/queries.ts';
import { fixtureContent } from './helpers/fixture-content.ts';

const { project, root } = fixtureContent();
const { site } = loadSite(root, project);
const e2010 = getEdition(site, '2010')!;
const ch5 = e2010.chapters[0];
const icpc = ch5.sections[1];

test('a provision with an official number is cited by it', () => {
  const p = { ...icpc.provisions[0], parasLabel: '5.84' };
  assert.equal(citationFor(e2010, ch5, icpc, p), 'Working Together 2010, para 5.84');
  assert.equal(citationFor(e2010, ch5, icpc, { ...p, parasLabel: '5.84–5.86' }), 'Working Together 2010, paras 5.84–5.86');
});

test('without an official number the citation names the section and its range, never a made-up number', () => {
  assert.equal(citationFor(e2010, ch5, icpc, icpc.provisions[0]), 'Working Together 2010, paras 5.82–5.112 (Chapter 5, ‘The initial child protection conference’)');
});

test('per-chapter editions are cited by chapter and paragraph', () => {
  const e2013 = getEdition(site, '2013')!;
  const ch1 = e2013.chapters[0];
  const s = ch1.sections[0];
  assert.equal(citationFor(e2013, ch1, s, { ...s.provisions[0], parasLabel: '23' }), 'Working Together 2013, chapter 1, paragraph 23');
  assert.equal(citationFor(e2013, ch1, s, s.provisions[0]), 'Working Together 2013, Chapter 1, ‘Strategy discussion’');
});
