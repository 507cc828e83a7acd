/**
 * The cover and contents pages: skipped as text, the contents list kept to check the headings
 * found. A contents line is a title ending in its page number (dot leaders allowed).
 */
import type { LaidOutPage } from './furniture.ts';

export interface ContentsEntry { title: string; page: number }

const ENTRY = /^(.*?[A-Za-z)].*?)[\s.·…]*\s(\d{1,4})$/;
const isContentsTitle = (t: string) => /^(table of )?contents$/i.test(t.trim());

/** Which pages to skip (cover, contents) and the contents entries read from them. */
export function frontMatter(pages: LaidOutPage[], hasNumberedLine: (p: LaidOutPage) => boolean): { skip: Set<number>; contents: ContentsEntry[] } {
  const skip = new Set<number>();
  const contents: ContentsEntry[] = [];
  let inContents = false;
  for (const [i, p] of pages.entries()) {
    const numbered = hasNumberedLine(p);
    const startsContents = p.body.slice(0, 3).some((l) => isContentsTitle(l.text));
    if (startsContents) inContents = true;
    else if (inContents) {
      const entryLines = p.body.filter((l) => ENTRY.test(l.text)).length;
      if (numbered || entryLines < p.body.length * 0.6) inContents = false;
    }
    if (inContents) {
      skip.add(p.index);
      for (const l of p.body) {
        const m = ENTRY.exec(l.text);
        if (m && !isContentsTitle(l.text)) contents.push({ title: m[1].trim(), page: Number(m[2]) });
      }
      continue;
    }
    // The cover: the first page (or pages) before any contents or numbered text.
    if (!numbered && contents.length === 0 && i === 0) skip.add(p.index);
  }
  return { skip, contents };
}

const norm = (t: string) => t.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

/** Contents entries with no heading of that title, and chapter headings missing from the contents. */
export function checkContents(contents: ContentsEntry[], headings: { text: string; page: number }[], chapterTitles: string[]): { message: string; page?: number }[] {
  if (contents.length === 0) return [{ message: 'No contents pages were found, so the headings found could not be checked against a contents list.' }];
  const found = new Set(headings.map((h) => norm(h.text)));
  const listed = new Set(contents.map((c) => norm(c.title)));
  const out: { message: string; page?: number }[] = [];
  for (const c of contents) if (!found.has(norm(c.title))) out.push({ page: c.page, message: `The contents list "${c.title}" (page ${c.page}), but no heading of that title was found.` });
  for (const t of chapterTitles) if (!listed.has(norm(t))) out.push({ message: `The chapter heading "${t}" is not in the contents list.` });
  return out;
}
