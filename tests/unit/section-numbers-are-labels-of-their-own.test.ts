import { test } from 'node:test';
import assert from 'node:assert/strict';
import { paragraphsLabel, parasShort, printedLabels } from '../../src/model/section-labels.ts';

test('a paragraph range is labelled as paragraphs, a single number as a paragraph', () => {
  assert.equal(paragraphsLabel('5.1–5.2'), 'Paragraphs 5.1–5.2');
  assert.equal(paragraphsLabel('48'), 'Paragraph 48');
  assert.equal(parasShort('1–4'), 'paras 1–4');
  assert.equal(parasShort('48'), 'para 48');
});

test('a printed page names its printing without parentheses', () => {
  assert.deepEqual(printedLabels([{ page: 13, printing: '2020-12' }]), ['Printed page 13, December 2020 printing']);
});
