import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { ImportResult } from '../../src/official/import-pdf.ts';
import { parseOfficialChapter } from '../../src/official/load-official.ts';
import { pageWords } from '../../src/official/site-official.ts';
import { chapterMdx } from '../../src/official/write-mdx.ts';
import { closePrinter } from '../fixtures/official/print-pdf.ts';
import { importLayout } from '../fixtures/official/layouts/import-layout.ts';
import type { Doc } from '../fixtures/official/layouts/model.ts';
import { wordStyle } from '../fixtures/official/layouts/word.ts';
import { say } from '../fixtures/official/layouts/words.ts';

// The last page prints no number and has no numbered page after it, so its number cannot be worked
// out. Its text is placed by its page in the PDF file (the fourth, after an unnumbered cover), marked
// so in the data and in what readers see, and a warning says which page; no page number is made up.
const doc: Doc = {
  title: 'A last page without a number',
  pages: [
    { blocks: [{ kind: 'cover', title: 'Keeping records', subtitle: 'A made-up guide' }] },
    { printed: '1', blocks: [{ kind: 'h1', text: '1. Keeping records' }, { kind: 'para', n: '1.', text: say(1, 2) }] },
    { printed: '2', blocks: [{ kind: 'para', n: '2.', text: say(2, 2) }] },
    { blocks: [{ kind: 'para', n: '3.', text: say(3, 2) }] },
  ],
};

let r: ImportResult;
before(async () => { ({ r } = await importLayout(doc, wordStyle, '2023')); });
after(closePrinter);

test('the paragraph on the last page is placed by its page in the file, marked so, with a warning', () => {
  const paras = r.official.chapters.flatMap((c) => c.blocks.flatMap((b) => (b.kind === 'para' ? [b] : [])));
  assert.deepEqual(paras.map((p) => [p.number, p.page, p.pageFromFile ?? false, p.pageInferred ?? false]), [['1', 1, false, false], ['2', 2, false, false], ['3', 4, true, false]]);
  assert.ok(r.warnings.some((w) => w.message === 'PDF page 4 prints no page number, and none can be worked out from the pages either side: its text is placed by its page in the PDF file, and marked so.'), JSON.stringify(r.warnings));
  assert.deepEqual(r.coverage.filePages, [4]);
});

test('readers are told the number is the page’s place in the file, after writing and reading back', () => {
  const back = parseOfficialChapter(chapterMdx(r.official, r.official.chapters[0], { file: 'fixture.pdf', imported: '2026-12-07' }));
  const last = back.blocks.at(-1)!;
  assert.equal(last.pageFromFile, true);
  assert.equal(pageWords(last), 'page 4 (the page prints no number: this is its place in the PDF file)');
});
