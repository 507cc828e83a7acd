import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { formatCoverage } from '../../src/official/coverage.ts';
import type { ImportResult } from '../../src/official/import-pdf.ts';
import { parseOfficialChapter } from '../../src/official/load-official.ts';
import { buildReport } from '../../src/official/report.ts';
import { chapterMdx } from '../../src/official/write-mdx.ts';
import { closePrinter } from '../fixtures/official/print-pdf.ts';
import { importLayout } from '../fixtures/official/layouts/import-layout.ts';
import type { Doc } from '../fixtures/official/layouts/model.ts';
import { wordStyle } from '../fixtures/official/layouts/word.ts';
import { say } from '../fixtures/official/layouts/words.ts';

// The middle page prints no page number. Its number is worked out from the pages either side (they
// agree), and every block on it says so: in the data (pageInferred), in the written and re-read
// chapter, in the report and the coverage summary, and in a warning. A page number the pages
// either side do not agree on is never made up.
const doc: Doc = {
  title: 'Pages without numbers',
  pages: [
    { printed: '1', blocks: [{ kind: 'h1', text: '1. Keeping records' }, { kind: 'para', n: '1.', text: say(1, 2) }, { kind: 'para', n: '2.', text: say(2, 2) }] },
    { blocks: [{ kind: 'para', n: '3.', text: say(3, 2) }, { kind: 'table', caption: 'Table 1: Who keeps which book', rows: [['Book', 'Keeper'], ['Loans', 'Asha'], ['Repairs', 'Bryn']] }] },
    { printed: '3', blocks: [{ kind: 'para', n: '4.', text: say(4, 2) }] },
  ],
};

let r: ImportResult;
before(async () => { ({ r } = await importLayout(doc, wordStyle, '2023')); });
after(closePrinter);

const blocks = () => r.official.chapters.flatMap((c) => c.blocks);

test('blocks on the page with no printed number carry its worked-out number, marked as such', () => {
  const placed = blocks().map((b) => [b.kind === 'para' ? b.number : b.kind, b.page, b.pageInferred ?? false]);
  assert.deepEqual(placed, [['1', 1, false], ['2', 1, false], ['3', 2, true], ['figure', 2, true], ['4', 3, false]]);
  assert.ok(r.warnings.some((w) => /PDF page 2 prints no page number; it is taken as page 2 .*worked out, not printed/.test(w.message)));
});

test('the mark survives writing and reading back, and the report and summary say which pages', () => {
  const c = r.official.chapters[0];
  const back = parseOfficialChapter(chapterMdx(r.official, c, { file: 'fixture.pdf', imported: '2026-12-07' }));
  assert.deepEqual(back.blocks.map((b) => b.pageInferred ?? false), [false, false, true, true, false]);
  assert.deepEqual(buildReport(r.official, r.warnings, r.coverage).paragraphs.map((p) => p.pageInferred ?? false), [false, false, true, false]);
  assert.deepEqual(r.coverage.inferredPages, [2]);
  assert.match(formatCoverage(r.coverage).join('\n'), /Page number 2 is not printed on the page: worked out from the pages either side/);
});
