import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { joinLine, resolveBreaks, vocabulary } from '../../src/official/hyphenation.ts';
import type { ImportResult } from '../../src/official/import-pdf.ts';
import { toLines } from '../../src/official/lines.ts';
import { readPdf } from '../../src/official/pdf-text.ts';
import { closePrinter } from '../fixtures/official/print-pdf.ts';
import { importLayout } from '../fixtures/official/layouts/import-layout.ts';
import type { Doc } from '../fixtures/official/layouts/model.ts';
import { typesetStyle } from '../fixtures/official/layouts/typeset.ts';

// Some producers print a word's line-end hyphen as a text run of its own, with justification space
// before it ("is re -" / "sponsible"). The break is rejoined whatever the item boundaries and
// spacing; real compounds keep their own hyphen; a spaced dash between two words stays a dash.
const doc: Doc = {
  title: 'Sharing ladders',
  pages: [{
    printed: '1',
    blocks: [
      { kind: 'h1', text: 'Chapter 1: Sharing ladders' },
      { kind: 'para', n: '1.1', text: 'The keeper of the ladder store is re-', breaks: ['sponsible for checking every rung before a loan, and should co-or-', 'dinate repairs with the coordinator, whose well-be-', 'ing matters too. Cross-bound-', 'ary loans are agreed in writing by both libraries.'] },
      { kind: 'para', n: '1.2', text: 'Volunteers co-ordinate the rota each spring. The keeper checks the ladder -', breaks: ['and the borrower signs for it in the loan book.'] },
    ],
  }],
};

let r: ImportResult;
let pdf: Uint8Array;
before(async () => { ({ r, pdf } = await importLayout(doc, { ...typesetStyle, hyphenApart: true, header: undefined }, '2010')); });
after(closePrinter);

const paragraphs = () => r.official.chapters.flatMap((c) => c.blocks.flatMap((b) => (b.kind === 'para' ? [b] : [])));

test('the fixture prints each line-end hyphen set apart from its word', async () => {
  const lines = (await readPdf(pdf)).pages.flatMap((p) => toLines(p).map((l) => l.text));
  assert.ok(lines.filter((l) => /\p{L} -$/u.test(l)).length >= 4, lines.join('\n'));
});

test('a word broken by a hyphen set apart is rejoined, and compounds keep their own hyphen', () => {
  assert.equal(paragraphs()[0].text, 'The keeper of the ladder store is responsible for checking every rung before a loan, and should co-ordinate repairs with the coordinator, whose well-being matters too. Cross-boundary loans are agreed in writing by both libraries.');
});

test('a spaced dash at a line end between two words stays a dash', () => {
  assert.equal(paragraphs()[1].text, 'Volunteers co-ordinate the rota each spring. The keeper checks the ladder - and the borrower signs for it in the loan book.');
});

test('however the hyphen arrives (its own item, spaces before it, a typographic or soft hyphen), the join is the same', () => {
  const read = (a: string, b: string, elsewhere: string[] = []) => { const t = joinLine(a, b); return resolveBreaks(t, vocabulary([t, ...elsewhere]), false); };
  for (const a of ['is re-', 'is re -', 'is re  -', 'is re \u2010', 'is re\u00AD']) assert.equal(read(a, 'sponsible for it'), 'is responsible for it', JSON.stringify(a));
  assert.equal(read('should co-or -', 'dinate it'), 'should co-ordinate it');
  assert.equal(read('their well-be -', 'ing'), 'their well-being');
  assert.equal(read('a multi -', 'agency team', ['a multi-agency team']), 'a multi-agency team', 'printed hyphenated elsewhere, it keeps its hyphen');
  assert.equal(read('the neigh -', 'bourhood'), 'the neighbourhood');
});
