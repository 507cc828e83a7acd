/**
 * An edition's PDF -> its official text (chapters of paragraphs, passages and figures, footnotes
 * apart) and warnings. Throws ImportError for input that cannot give an edition's text.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { checkContents, frontMatter } from './front-matter.ts';
import { readFootnotes } from './footnotes.ts';
import { layOut } from './furniture.ts';
import { toLines, type Line } from './lines.ts';
import { checkSequence, detectScheme } from './numbering.ts';
import { marginNumber, parseBlocks, type Geometry } from './parse-blocks.ts';
import { readPdf } from './pdf-text.ts';
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

const mode = <T>(values: T[]): T | undefined => {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
};

export interface ImportResult { official: OfficialEdition; warnings: ImportWarning[] }

export async function importPdf(bytes: Uint8Array, edition: string, opts: { contentRoot: string; file?: string }): Promise<ImportResult> {
  const expected = editionScheme(opts.contentRoot, edition);
  const pdf = await readPdf(bytes, opts.file);
  const { pages, size } = layOut(pdf, pdf.map(toLines));
  const bodyLines = pages.flatMap((p) => p.body).filter((l) => Math.abs(l.size - size) < 0.5);
  // The text's left edge: where unnumbered body lines start (numbered first lines start in the margin).
  const unnumbered = bodyLines.filter((l) => !/^\s*\d+(?:\.\d+)?\.?\s/.test(l.text));
  const left = mode((unnumbered.length ? unnumbered : bodyLines).map((l: Line) => Math.round(l.x))) ?? 0;
  const font = mode(bodyLines.map((l) => l.font)) ?? '';
  const { skip, contents } = frontMatter(pages, (p) => p.body.some((l) => marginNumber(l, left)));
  const kept = pages.filter((p) => !skip.has(p.index));
  const chapterSize = Math.max(...kept.flatMap((p) => p.body.map((l) => l.size)));
  const geometry: Geometry = { size, left, font, chapterSize };
  const chapters = parseBlocks(kept, geometry);
  const paragraphs = chapters.flatMap((c) => c.blocks.filter((b) => b.kind === 'para'));
  if (paragraphs.length === 0) throw new ImportError(`${opts.file ?? 'The PDF'} has text but no numbered paragraphs were found (no numbers in the left margin such as "82." or "5.82"). Is this the edition's guidance document?`);
  for (const p of kept) {
    for (const note of readFootnotes(p.footnoteLines, p.printed)) {
      const owner = chapters.find((c) => c.blocks.some((b) => b.page === p.printed && 'footnotes' in b && b.footnotes.includes(note.number))) ?? [...chapters].reverse().find((c) => c.page <= p.printed) ?? chapters[0];
      owner.footnotes.push(note);
    }
  }
  const scheme = detectScheme(chapters);
  const warnings: ImportWarning[] = [];
  if (expected && expected !== 'none' && expected !== scheme) warnings.push({ message: `The PDF numbers its paragraphs "${scheme}", but content/editions/${edition}/edition.yaml says "${expected}". Check which is right.` });
  warnings.push(...checkSequence(chapters, scheme));
  const headingsFound = chapters.flatMap((c) => [{ text: c.title, page: c.page }, ...c.blocks.filter((b) => b.kind === 'heading').map((b) => ({ text: b.text, page: b.page }))]);
  warnings.push(...checkContents(contents, headingsFound, chapters.filter((c) => c.key !== 'front-matter').map((c) => c.title)));
  for (const c of chapters) for (const b of c.blocks) {
    if (b.kind === 'figure' || b.kind === 'heading') continue;
    for (const n of b.footnotes) if (!c.footnotes.some((f) => f.number === n)) warnings.push({ page: b.page, message: `Footnote marker ${n} on page ${b.page} has no footnote at the foot of the page.` });
  }
  return { official: { edition, scheme, chapters }, warnings };
}
