/** Imported chapters (from any folder) -> alignment inputs; our model's provisions -> provision-map inputs. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AlignParagraph } from './align.ts';
import { parseOfficialChapter } from './load-official.ts';
import type { OfficialChapterFile } from './schema.ts';
import type { ParagraphInput, ProvisionInput } from './provision-map.ts';
import { formatParaNumber, type ParaScheme } from '../model/paragraphs.ts';
import type { EditionModel } from '../model/types.ts';

/** Each paragraph with its whole text flattened to one string (sub-paragraph lists included). */
export function officialParagraphs(chapters: OfficialChapterFile[]): (AlignParagraph & ParagraphInput)[] {
  return chapters.flatMap((c) => c.blocks.flatMap((b) => (b.kind === 'para'
    ? [{ number: b.number, chapter: c.slug, heading: b.headings.at(-1) ?? c.title, headings: b.headings, page: b.page, text: b.text }]
    : [])));
}

export function provisionInputs(edition: EditionModel): ProvisionInput[] {
  const scheme = edition.numbering.scheme as ParaScheme;
  return edition.chapters.flatMap((c) => c.sections.flatMap((s) => s.provisions.map((p) => ({
    id: p.id, chapter: c.slug, title: p.title, text: p.text, section: s.heading,
    stated: p.paras?.flatMap((r) => (r.to.n - r.from.n > 60 ? [] : Array.from({ length: r.to.n - r.from.n + 1 }, (_, k) => formatParaNumber({ chapter: r.from.chapter, n: r.from.n + k }, scheme)))),
  }))));
}

/** The chapters of an import in any folder (the *.mdx files `npm run import` writes), in page order. */
export function readImportedFolder(dir: string): OfficialChapterFile[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith('.mdx')).map((f) => parseOfficialChapter(readFileSync(join(dir, f), 'utf8'), join(dir, f))).sort((a, b) => a.page - b.page);
}
