import { test } from 'node:test';
import assert from 'node:assert/strict';
import { go, text, urls } from './helpers/citation-index-rich.ts';

test('a definition of a term the edition’s glossary lists opens that entry', () => {
  assert.deepEqual(urls(go('A child in need, as defined in Working Together 2015, is')), ['/2015/glossary/#term-child-in-need']);
  assert.deepEqual(urls(go('the LADO (definition from Working Together 2015)')), ['/2015/glossary/#term-lado']);
});

test('a definition with no term named opens the edition’s glossary', () => {
  const r = go('(Definition provided by Working Together 2015)');
  assert.deepEqual(urls(r), ['/2015/glossary/']);
});

test('a definition with no edition named reads the edition in force and says so', () => {
  const r = go("Working Together defines 'significant harm' as");
  assert.deepEqual(urls(r), ['/2026/glossary/#term-significant-harm']);
  assert.match(text(r), /No edition named: the edition in force/);
});
