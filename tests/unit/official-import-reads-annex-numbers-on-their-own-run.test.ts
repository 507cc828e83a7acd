import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { ImportResult } from '../../src/official/import-pdf.ts';
import { closePrinter } from '../fixtures/official/print-pdf.ts';
import { differences } from '../fixtures/official/layouts/check.ts';
import { importLayout } from '../fixtures/official/layouts/import-layout.ts';
import { annexDoc, annexStyle } from '../fixtures/official/layouts/annex.ts';

// "17. The keeper ..." set inline with a space, then Annex A numbered A1-A16 and Annex B numbered B.1-B.5.
let r: ImportResult;
before(async () => { ({ r } = await importLayout(annexDoc(), annexStyle, '2023')); });
after(closePrinter);

test('every paragraph, annexes included, comes back with its number, printed page, chapter and whole text', () => {
  assert.deepEqual(differences(r, annexDoc()), []);
  assert.deepEqual(r.warnings, []);
});

test('annex numbers are paragraphs with stable anchors, counted apart in the coverage summary', () => {
  const annex = r.official.chapters.filter((c) => c.key.startsWith('appendix-'));
  assert.deepEqual(annex.map((c) => c.slug), ['appendix-a', 'appendix-b']);
  const anchors = annex.flatMap((c) => c.blocks.flatMap((b) => (b.kind === 'para' ? [b.anchor] : [])));
  assert.deepEqual([anchors[0], anchors[15], anchors[16]], ['para-a1', 'para-a16', 'para-b-1']);
  assert.deepEqual([r.coverage.scheme, r.coverage.paragraphs, r.coverage.annexParagraphs], ['continuous', 28, 21]);
});
