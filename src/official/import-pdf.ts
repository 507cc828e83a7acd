/**
 * An edition's PDF -> its official text (chapters of paragraphs, passages, boxes and figures,
 * footnotes apart), a coverage summary and warnings. The stages, in order (see README.md here):
 * read (pdf-text) -> lines -> furniture -> front matter -> metrics -> page flow (regions, columns,
 * captions) -> blocks (numbers, headings, lists, boxes) -> footnotes -> finalise (hyphenation,
 * flattened text) -> checks (numbering, contents, footnotes) -> coverage.
 * Throws ImportError, with one line, for input that cannot give an edition's text.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { coverageOf, type Coverage } from './coverage.ts';
import { finalise } from './finalise.ts';
import { pageElements } from './flow.ts';
import { checkContents, contentsEntry, frontMatter } from './front-matter.ts';
import { readFootnotes } from './footnotes.ts';
import { layOut, type LaidOutPage } from './furniture.ts';
import { chapterSizeOf } from './headings.ts';
import { toLines } from './lines.ts';
import { measure } from './metrics.ts';
import { checkSequence, detectScheme } from './numbering.ts';
import { numberAtStart, placement } from './paragraph-numbers.ts';
import { parseBlocks } from './parse-blocks.ts';
import { readPdf } from './pdf-text.ts';
import { garbledPages } from './quality.ts';
import type { CarriedTable } from './text-tables.ts';
import { ImportError, type ImportWarning, type OfficialEdition } from './types.ts';

/** The edition's numbering scheme from content/editions/<id>/edition.yaml; throws if the edition is unknown. */
export function editionScheme(contentRoot: string, edition: string): string | undefined {
  const file = join(contentRoot, 'editions', edition, 'edition.yaml');
  if (!/^[A-Za-z0-9-]+$/.test(edition) || !existsSync(file)) {
    const known = existsSync(join(contentRoot, 'editions')) ? readdirNames(join(contentRoot, 'editions')) : [];
    throw new ImportError(`Unknown edition "${edition}": there is no ${join('content', 'editions', edition, 'edition.yaml')}. Known editions: ${known.join(', ') || 'none'}. Add the edition first (npm run new-edition).`);
  }
  return (parseYaml(readFileSync(file, 'utf8')) as { numbering?: { scheme?: string } })?.numbering?.scheme;
}

const readdirNames = (dir: string) => readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();

export interface ImportOptions {
  contentRoot: string;
  file?: string;
  /** Fail (ImportError) when there is any warning. */
  strict?: boolean;
}

export interface ImportResult { official: OfficialEdition; warnings: ImportWarning[]; coverage: Coverage }

export async function importPdf(bytes: Uint8Array, edition: string, opts: ImportOptions): Promise<ImportResult> {
  const expected = editionScheme(opts.contentRoot, edition);
  const name = opts.file ?? 'The PDF';
  const pdf = await readPdf(bytes, opts.file);
  const warnings: ImportWarning[] = pdf.pages.filter((p) => p.unreadable).map((p) => ({ message: `PDF page ${p.index} could not be read (${p.unreadable}); its text is missing.` }));
  const laid = layOut(pdf.pages, pdf.pages.map(toLines));
  const { pages, size } = laid;
  const rough = measure(pages, size);
  const numbered = (p: LaidOutPage) => p.body.some((l) => { const t = numberAtStart(l); return !!t && !contentsEntry(l) && placement(t, p.index % 2 ? rough.left.odd : rough.left.even, size) !== 'elsewhere'; });
  const { skip, contents } = frontMatter(pages, numbered);
  const kept = pages.filter((p) => !skip.has(p.index));
  const m = measure(kept, size);
  const chapterSize = chapterSizeOf(kept.flatMap((p) => p.body), size);
  // A table without rules that runs to the foot of a page is looked for, by its columns, at the top of the next.
  let carried: CarriedTable | undefined;
  const flows = kept.map((p) => {
    const elements = pageElements(p, m, carried);
    const last = elements.at(-1);
    carried = last?.kind === 'figure' && last.atBottom && last.cols ? { cols: last.cols } : undefined;
    return { index: p.index, printed: p.printed, label: p.label, inferred: p.inferred, fromFile: !p.numbered && !p.inferred, elements };
  });
  const parsed = parseBlocks(flows, m, chapterSize);
  const chapters = parsed.chapters;
  if (!chapters.some((c) => c.blocks.some((b) => b.kind === 'para'))) throw new ImportError(`${name} has text but no numbered paragraphs were found (no paragraph numbers such as "82.", "5.82" or "A1" in the margin or at the start of paragraphs). Is this the edition's guidance document?`);
  for (const p of kept) {
    for (const note of readFootnotes(p.footnoteLines, p.printed)) {
      const owner = chapters.find((c) => c.blocks.some((b) => b.page === p.printed && b.kind !== 'heading' && b.kind !== 'figure' && /\[\^/.test(JSON.stringify(b.body)) && JSON.stringify(b.body).includes(`[^${note.number}]`)))
        ?? [...chapters].reverse().find((c) => c.page <= p.printed) ?? chapters[0];
      owner.footnotes.push(note);
    }
  }
  finalise(chapters);
  // Text on pages that print no number, where none can be worked out from the pages either side, is placed by its page in the file: said once.
  const fromFile = [...new Set(chapters.flatMap((c) => c.blocks.flatMap((b) => (b.pageFromFile ? [b.page] : b.kind === 'figure' && b.lastPage && b.lastPageFromFile ? [b.lastPage] : []))))];
  if (fromFile.length) warnings.push({ message: `PDF page${fromFile.length === 1 ? '' : 's'} ${fromFile.join(', ')} print${fromFile.length === 1 ? 's' : ''} no page number, and none can be worked out from the pages either side: ${fromFile.length === 1 ? 'its' : 'their'} text is placed by ${fromFile.length === 1 ? 'its' : 'their'} page in the PDF file, and marked so.` });
  const scheme = detectScheme(chapters);
  warnings.push(...laid.warnings, ...garbledPages(kept, new Map(pdf.pages.map((p) => [p.index, p.badGlyphs]))), ...parsed.warnings);
  if (expected && expected !== 'none' && expected !== scheme) warnings.push({ message: `The PDF numbers its paragraphs "${scheme}", but content/editions/${edition}/edition.yaml says "${expected}". Check which is right.` });
  warnings.push(...checkSequence(chapters, scheme));
  const headingsFound = chapters.flatMap((c) => [{ text: c.title, page: c.page }, ...c.blocks.flatMap((b) => (b.kind === 'heading' ? [{ text: b.text, page: b.page }] : b.kind === 'box' && b.title ? [{ text: b.title, page: b.page }] : []))]);
  warnings.push(...checkContents(contents, headingsFound, chapters.filter((c) => c.key !== 'front-matter').map((c) => c.title)));
  // A safety net: unnumbered text that starts like a numbered paragraph is named, whatever the reason it was not read as one.
  const warned = new Set(parsed.warnings.map((w) => w.message));
  for (const c of chapters) for (const b of c.blocks) {
    if (b.kind !== 'text') continue;
    const start = /^((?:\d{1,2}\.)?\d{1,3}\.?|[A-Z]\.?\d{1,3}\.?)\s+\S/.exec(b.text);
    if (start && ![...warned].some((m) => m.includes(`"${start[1].replace(/\.$/, '')}"`))) warnings.push({ page: b.page, message: `An unnumbered passage on page ${b.pageLabel ?? b.page} starts "${b.text.slice(0, 50)}", like a numbered paragraph; check it against the PDF.` });
  }
  for (const c of chapters) for (const b of c.blocks) {
    if (b.kind === 'figure' || b.kind === 'heading') continue;
    for (const n of b.footnotes) if (!c.footnotes.some((f) => f.number === n)) warnings.push({ page: b.page, message: `Footnote marker ${n} on page ${b.page} has no footnote at the foot of the page.` });
  }
  const official: OfficialEdition = { edition, scheme, chapters };
  const coverage = coverageOf(official, pdf.pages.length, warnings);
  if (opts.strict && warnings.length) throw new ImportError(`--strict: the import has ${warnings.length} warning${warnings.length === 1 ? '' : 's'}; the first: ${warnings[0].page ? `(page ${warnings[0].page}) ` : ''}${warnings[0].message}`);
  return { official, warnings, coverage };
}
