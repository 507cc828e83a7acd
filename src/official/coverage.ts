/**
 * The coverage summary every import ends with: for each chapter its pages, numbered paragraphs
 * (first and last number), boxes, figures, lists and footnotes; for the document its numbering
 * scheme, annex paragraphs, totals, and the page numbers worked out rather than printed; printed by
 * the CLI and written to the --report JSON.
 */
import { isAnnexNumber } from './numbering.ts';
import { countLists, type ImportWarning, type OfficialEdition } from './types.ts';

export interface ChapterCoverage {
  key: string;
  title: string;
  page: number;
  paragraphs: number;
  first?: string;
  last?: string;
  annexParagraphs: number;
  boxes: number;
  figures: number;
  lists: number;
  footnotes: number;
  passages: number;
}

export interface Coverage {
  scheme: OfficialEdition['scheme'];
  pages: number;
  paragraphs: number;
  annexParagraphs: number;
  boxes: number;
  figures: { table: number; flowchart: number; figure: number };
  lists: number;
  footnotes: number;
  warnings: number;
  /** Pages that print no number, whose number was worked out from the pages either side (blocks on them carry pageInferred). */
  inferredPages: number[];
  /** Pages in the PDF file that print no number and whose number could not be worked out (blocks on them carry pageFromFile). */
  filePages: number[];
  chapters: ChapterCoverage[];
}

export function coverageOf(official: OfficialEdition, pages: number, warnings: ImportWarning[]): Coverage {
  const chapters = official.chapters.map((c): ChapterCoverage => {
    const paras = c.blocks.filter((b) => b.kind === 'para');
    return {
      key: c.key, title: c.title, page: c.page, paragraphs: paras.length, first: paras[0]?.number, last: paras.at(-1)?.number,
      annexParagraphs: paras.filter((p) => isAnnexNumber(p.number)).length,
      boxes: c.blocks.filter((b) => b.kind === 'box').length, figures: c.blocks.filter((b) => b.kind === 'figure').length,
      lists: c.blocks.reduce((n, b) => n + (b.kind === 'para' || b.kind === 'box' || b.kind === 'text' ? countLists(b.body) : 0), 0),
      footnotes: c.footnotes.length, passages: c.blocks.filter((b) => b.kind === 'text').length,
    };
  });
  const figures = { table: 0, flowchart: 0, figure: 0 };
  for (const c of official.chapters) for (const b of c.blocks) if (b.kind === 'figure') figures[b.figure]++;
  const sum = (k: 'paragraphs' | 'annexParagraphs' | 'boxes' | 'lists' | 'footnotes') => chapters.reduce((n, c) => n + c[k], 0);
  const inferred = new Set<number>();
  const file = new Set<number>();
  for (const c of official.chapters) for (const b of c.blocks) {
    if (b.pageInferred) inferred.add(b.page);
    if (b.pageFromFile) file.add(b.page);
    if (b.kind === 'figure' && b.lastPage && b.lastPageInferred) inferred.add(b.lastPage);
    if (b.kind === 'figure' && b.lastPage && b.lastPageFromFile) file.add(b.lastPage);
  }
  return { scheme: official.scheme, pages, paragraphs: sum('paragraphs'), annexParagraphs: sum('annexParagraphs'), boxes: sum('boxes'), figures, lists: sum('lists'), footnotes: sum('footnotes'), warnings: warnings.length, inferredPages: [...inferred].sort((a, b) => a - b), filePages: [...file].sort((a, b) => a - b), chapters };
}

/** The summary as lines of text for the terminal. */
export function formatCoverage(c: Coverage): string[] {
  const figs = `${c.figures.table} table${c.figures.table === 1 ? '' : 's'}, ${c.figures.flowchart} flowchart${c.figures.flowchart === 1 ? '' : 's'}, ${c.figures.figure} other figure${c.figures.figure === 1 ? '' : 's'}`;
  return [
    `Coverage: ${c.paragraphs} numbered paragraphs (${c.scheme} numbering${c.annexParagraphs ? `; ${c.annexParagraphs} in annexes` : ''}) on ${c.pages} pages; ${c.boxes} boxes; ${figs}; ${c.lists} lists; ${c.footnotes} footnotes; ${c.warnings} warning${c.warnings === 1 ? '' : 's'}.`,
    ...(c.inferredPages.length ? [`  Page number${c.inferredPages.length === 1 ? '' : 's'} ${c.inferredPages.join(', ')} ${c.inferredPages.length === 1 ? 'is' : 'are'} not printed on the page: worked out from the pages either side, and marked so in the text.`] : []),
    ...(c.filePages.length ? [`  PDF page${c.filePages.length === 1 ? '' : 's'} ${c.filePages.join(', ')} print${c.filePages.length === 1 ? 's' : ''} no page number and none could be worked out: ${c.filePages.length === 1 ? 'its' : 'their'} text is placed by ${c.filePages.length === 1 ? 'its' : 'their'} page in the file, and marked so.`] : []),
    ...c.chapters.map((ch) => `  ${ch.key.padEnd(14)} p.${String(ch.page).padEnd(4)} ${String(ch.paragraphs).padStart(4)} paragraphs${ch.first ? ` (${ch.first}–${ch.last})` : ''}, ${ch.boxes} boxes, ${ch.figures} figures, ${ch.lists} lists, ${ch.footnotes} footnotes${ch.passages ? `, ${ch.passages} unnumbered passages` : ''}  ${ch.title.slice(0, 50)}`),
  ];
}
