/** The --report JSON: every paragraph (number, page, chapter, heading, text) and every warning. */
import type { ImportWarning, OfficialEdition } from './types.ts';

export interface ReportParagraph { number: string; page: number; chapter: string; heading: string; text: string; bullets: string[]; footnotes: string[] }

export function buildReport(official: OfficialEdition, warnings: ImportWarning[]) {
  const paragraphs: ReportParagraph[] = official.chapters.flatMap((c) => c.blocks.flatMap((b) => (b.kind === 'para'
    ? [{ number: b.number, page: b.page, chapter: c.key, heading: b.headings.at(-1) ?? c.title, text: [b.text, ...b.bullets, b.after ?? ''].filter(Boolean).join(' '), bullets: b.bullets, footnotes: b.footnotes }]
    : [])));
  return { edition: official.edition, scheme: official.scheme, chapters: official.chapters.map((c) => ({ key: c.key, slug: c.slug, title: c.title, page: c.page })), paragraphs, warnings };
}
