/**
 * Headings: a line in a larger type than the body, or a bold body-size line set apart, outside any
 * box (a box's bold title is its title, never a heading). The chapter level is the largest heading
 * size used on more than one page, or any heading that names a chapter, annex, appendix or part.
 */
import type { Line } from './lines.ts';

const CHAPTER = /^(?:chapter|part)\s+(\d+)\b/i;
const APPENDIX = /^(appendix|annex|schedule)\s+([A-Z]|\d+)\b/i;
const NUMBERED_TITLE = /^(\d{1,2})\.?\s+\p{Lu}/u;

/** Does this heading name a chapter, annex or appendix? */
export const namesChapter = (t: string) => CHAPTER.test(t) || APPENDIX.test(t);

export function chapterIdentity(title: string): { key: string; slug: string } {
  const c = CHAPTER.exec(title) ?? NUMBERED_TITLE.exec(title);
  if (c) return { key: c[1], slug: `chapter-${c[1]}` };
  const a = APPENDIX.exec(title);
  if (a) return { key: `appendix-${a[2].toLowerCase()}`, slug: `appendix-${a[2].toLowerCase()}` };
  const slug = title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40).replace(/-$/, '') || 'front-matter';
  return { key: slug, slug };
}

/** The type size of chapter headings, from the larger-than-body lines of the pages read. */
export function chapterSizeOf(lines: Line[], size: number): number {
  const big = lines.filter((l) => l.size >= size * 1.15 && l.text.length > 1);
  const pagesBySize = new Map<number, Set<number>>();
  for (const l of big) pagesBySize.set(l.size, (pagesBySize.get(l.size) ?? new Set()).add(l.page));
  const sizes = [...pagesBySize.keys()].sort((a, b) => b - a);
  return sizes.find((s) => pagesBySize.get(s)!.size >= 2) ?? sizes[0] ?? size * 1.6;
}

export type HeadingKind = 'chapter' | 'section' | 'sub' | null;

/** What kind of heading a line is, if any; blockStart: set apart from the line above. */
export function headingKind(l: Line, size: number, chapterSize: number, blockStart: boolean): HeadingKind {
  if (l.size >= size * 1.15) return l.size >= chapterSize - 0.5 || namesChapter(l.text) ? 'chapter' : 'section';
  if (namesChapter(l.text) && l.bold && blockStart && l.text.length < 120) return 'chapter';
  if (l.allBold && blockStart && l.text.length < 150 && !/[,;]$/.test(l.text) && Math.abs(l.size - size) < size * 0.1) return 'sub';
  return null;
}
