/**
 * The cover and contents pages: skipped as text, the contents list kept to check the headings
 * found. A contents entry is a title ending in its page number, arabic or roman, with or without
 * dot leaders (or with the number set apart at the right).
 */
import type { LaidOutPage } from './furniture.ts';
import type { Line } from './lines.ts';

export interface ContentsEntry { title: string; page: string }

const ENTRY = /^(.*?[\p{L})].*?)(?:\s*[.·…_]{2,}\s*|\s+)(\d{1,4}|[ivxlc]{1,7})$/u;
const isContentsTitle = (t: string) => /^(table of )?contents$/i.test(t.trim());

/** The entry a contents line states, if any. */
export function contentsEntry(l: Line): ContentsEntry | null {
  const m = ENTRY.exec(l.text);
  if (!m || isContentsTitle(l.text)) return null;
  return { title: m[1].replace(/[\s.·…_]+$/, '').trim(), page: m[2] };
}

/** Which pages to skip (cover, contents) and the contents entries read from them. */
export function frontMatter(pages: LaidOutPage[], hasNumberedLine: (p: LaidOutPage) => boolean): { skip: Set<number>; contents: ContentsEntry[] } {
  const skip = new Set<number>();
  const contents: ContentsEntry[] = [];
  let inContents = false;
  let seenContents = false;
  for (const [i, p] of pages.entries()) {
    const numbered = hasNumberedLine(p);
    const entries = p.body.map(contentsEntry);
    const share = entries.filter(Boolean).length / Math.max(1, p.body.length);
    const startsContents = p.body.slice(0, 3).some((l) => isContentsTitle(l.text));
    if (startsContents) inContents = seenContents = true;
    else if (inContents && (numbered || share < 0.6)) inContents = false;
    if (inContents) {
      skip.add(p.index);
      // A wrapped entry title: a line with no number joins the next entry.
      let pending = '';
      for (const [k, l] of p.body.entries()) {
        if (isContentsTitle(l.text)) continue;
        const e = entries[k];
        if (e) { contents.push({ ...e, title: `${pending} ${e.title}`.trim() }); pending = ''; }
        else pending = `${pending} ${l.text}`.trim();
      }
      continue;
    }
    // The cover: the first page, and unnumbered pages before the contents, with no numbered text.
    if (!numbered && !seenContents && (i === 0 || (!p.numbered && pages.slice(i).some((q) => q.body.slice(0, 3).some((l) => isContentsTitle(l.text)))))) skip.add(p.index);
  }
  return { skip, contents };
}

const norm = (t: string) => t.toLowerCase().replace(/^(chapter|annex|appendix|part)\s+\w+\s*[:.–-]?\s*/, '').replace(/[^a-z0-9]+/g, ' ').trim();

/** Contents entries with no heading of that title, and chapter headings missing from the contents. */
export function checkContents(contents: ContentsEntry[], headings: { text: string; page: number }[], chapterTitles: string[]): { message: string; page?: number }[] {
  if (contents.length === 0) return [{ message: 'No contents pages were found, so the headings found could not be checked against a contents list.' }];
  const found = new Set(headings.flatMap((h) => [norm(h.text), h.text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim()]));
  const listed = new Set(contents.flatMap((c) => [norm(c.title), c.title.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim()]));
  const out: { message: string; page?: number }[] = [];
  for (const c of contents) {
    if (found.has(norm(c.title)) || found.has(c.title.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim())) continue;
    out.push({ ...(/^\d+$/.test(c.page) ? { page: Number(c.page) } : {}), message: `The contents list "${c.title}" (page ${c.page}), but no heading of that title was found.` });
  }
  for (const t of chapterTitles) if (!listed.has(norm(t)) && !listed.has(t.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim())) out.push({ message: `The chapter heading "${t}" is not in the contents list.` });
  return out;
}
