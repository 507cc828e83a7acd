/** The --report JSON: the coverage summary, every paragraph (number, page, chapter, headings, text, lists) and every warning. */
import type { Coverage } from './coverage.ts';
import { type BodyPart, type ImportWarning, type OfficialEdition } from './types.ts';

/**
 * One paragraph in the report. pageInferred: its page prints no number and `page` was worked out
 * from the pages either side; pageFromFile: none could be, and `page` is its page in the PDF file.
 */
export interface ReportParagraph { number: string; page: number; pageInferred?: true; pageFromFile?: true; pageLabel?: string; chapter: string; heading: string; headings: string[]; text: string; body: BodyPart[]; footnotes: string[] }

export function buildReport(official: OfficialEdition, warnings: ImportWarning[], coverage: Coverage) {
  const paragraphs: ReportParagraph[] = official.chapters.flatMap((c) => c.blocks.flatMap((b) => (b.kind === 'para'
    ? [{ number: b.number, page: b.page, ...(b.pageInferred ? { pageInferred: true as const } : {}), ...(b.pageFromFile ? { pageFromFile: true as const } : {}), ...(b.pageLabel ? { pageLabel: b.pageLabel } : {}), chapter: c.key, heading: b.headings.at(-1) ?? c.title, headings: b.headings, text: b.text, body: b.body, footnotes: b.footnotes }]
    : [])));
  return { edition: official.edition, scheme: official.scheme, coverage, chapters: official.chapters.map((c) => ({ key: c.key, slug: c.slug, title: c.title, page: c.page })), paragraphs, warnings };
}
