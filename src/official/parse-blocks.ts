/**
 * Body lines, in reading order -> chapters of blocks. A number hanging left of the text margin opens
 * a paragraph, which runs on (over page breaks, through its bullets) until the next number, heading,
 * box or figure. Lines in a shaded box form an unnumbered passage; a caption ("Table 2", "Flowchart 1")
 * or a line of wide-spaced columns opens a figure that runs to the end of its page.
 */
import type { LaidOutPage } from './furniture.ts';
import type { Line } from './lines.ts';
import type { Rect } from './pdf-text.ts';
import { anchorFor, type OfficialBlock, type OfficialChapter, type OfficialFigure, type OfficialParagraph, type OfficialPassage } from './types.ts';

export interface Geometry { size: number; left: number; font: string; chapterSize: number }

const NUMBER = /^((?:\d+|[A-Z])\.\d+|\d+)\.?$/;
const NUMBER_LEADING = /^((?:\d+|[A-Z])\.\d+|\d+)\.?\s+(.+)$/;
const BULLET = /^(?:[•●▪■◦‣∙]|[-–o](?=\s))\s*/;
const CAPTION = /^(table|figure|flowchart|diagram|chart)\s+[0-9A-Z]+\b/i;
const CHAPTER = /^(?:chapter|part)\s+(\d+)\b/i;
const APPENDIX = /^(appendix|annex)\s+([A-Z0-9]+)\b/i;

/** The paragraph number hanging in the margin of a line, and the text after it. */
export function marginNumber(line: Line, left: number): { number: string; rest: string } | null {
  const first = line.items[0];
  if (!first || first.x > left - 4) return null;
  const alone = NUMBER.exec(first.str.trim());
  if (alone && line.items.length > 1) return { number: alone[1], rest: line.text.slice(line.text.indexOf(first.str.trim()) + first.str.trim().length).replace(/^\.?\s*/, '') };
  const lead = NUMBER_LEADING.exec(line.text);
  return lead ? { number: lead[1], rest: lead[2] } : null;
}

export function chapterIdentity(title: string): { key: string; slug: string } {
  const c = CHAPTER.exec(title);
  if (c) return { key: c[1], slug: `chapter-${c[1]}` };
  const a = APPENDIX.exec(title);
  if (a) return { key: `appendix-${a[2].toLowerCase()}`, slug: `appendix-${a[2].toLowerCase()}` };
  const slug = title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40) || 'front-matter';
  return { key: slug, slug };
}

const join = (a: string, b: string) => (!a ? b : /[A-Za-z]-$/.test(a) && /^[a-z]/.test(b) ? a + b : `${a} ${b}`);
const inside = (l: Line, rects: Rect[]) => rects.find((r) => l.y >= r.y0 && l.y <= r.y1 && l.x >= r.x0 - 1 && l.x <= r.x1);
const refs = (t: string) => [...t.matchAll(/\[\^(\d+)\]/g)].map((m) => m[1]);

export function parseBlocks(pages: LaidOutPage[], g: Geometry): OfficialChapter[] {
  const chapters: OfficialChapter[] = [];
  let chapter: OfficialChapter | undefined;
  let h2: string | undefined;
  let h3: string | undefined;
  let open: OfficialParagraph | OfficialPassage | OfficialFigure | undefined;
  let openRect: Rect | undefined;
  let lastWasBullet = false;
  let boxLeft = 0;
  let prevY = 0;
  const headings = () => [chapter?.title ?? '', h2, h3].filter((h): h is string => !!h);
  const close = () => {
    if (open && open.kind !== 'figure') open.footnotes = [...new Set([open.text, ...open.bullets, ('after' in open && open.after) || ''].flatMap(refs))];
    open = undefined; openRect = undefined; lastWasBullet = false;
  };
  const push = <B extends OfficialBlock>(b: B, page: number): B => {
    if (!chapter) chapters.push((chapter = { key: 'front-matter', slug: 'front-matter', title: 'Front matter', page, blocks: [], footnotes: [] }));
    chapter.blocks.push(b);
    return b;
  };
  for (const page of pages) {
    if (open?.kind === 'figure') close();
    prevY = page.height;
    for (const l of page.body) {
      const gap = prevY - l.y;
      prevY = l.y;
      const rect = inside(l, page.shaded);
      const bold = l.font !== g.font;
      if (rect) {
        if (!(open && open.kind === 'box' && openRect === rect)) {
          close();
          open = push<OfficialPassage>({ kind: 'box', page: page.printed, headings: headings(), text: '', bullets: [], footnotes: [] }, page.printed);
          openRect = rect;
          boxLeft = l.x;
          if (bold && l.size <= g.size + 0.5) { open.title = l.text; continue; }
        }
        const box = open as OfficialPassage;
        if (BULLET.test(l.text)) { box.bullets.push(l.text.replace(BULLET, '')); lastWasBullet = true; }
        else if (lastWasBullet && l.x > boxLeft + 4) box.bullets[box.bullets.length - 1] = join(box.bullets.at(-1)!, l.text);
        else box.text = join(box.text, l.text);
        continue;
      }
      const num = marginNumber(l, g.left);
      if (l.size > g.size + 0.5 && !num) {
        close();
        const level1 = l.size >= g.chapterSize - 0.5 || CHAPTER.test(l.text) || APPENDIX.test(l.text);
        const last = level1 ? chapter : undefined;
        if (level1 && last && last.blocks.length === 0 && last.page === page.printed && gap < l.size * 1.6) { last.title = `${last.title} ${l.text}`; Object.assign(last, chapterIdentity(last.title)); continue; }
        if (level1) { chapters.push((chapter = { ...chapterIdentity(l.text), title: l.text, page: page.printed, blocks: [], footnotes: [] })); h2 = h3 = undefined; }
        else { const prev = chapter?.blocks.at(-1); if (prev?.kind === 'heading' && prev.level === 2 && gap < l.size * 1.6) { prev.text = `${prev.text} ${l.text}`; h2 = prev.text; continue; } h2 = l.text; h3 = undefined; push({ kind: 'heading', level: 2, page: page.printed, text: l.text }, page.printed); }
        continue;
      }
      const caption = CAPTION.exec(l.text);
      if (!num && ((caption && (bold || l.text.length < 90)) || (l.widestGap > 25 && open?.kind !== 'figure'))) {
        close();
        const word = caption?.[1].toLowerCase();
        open = push<OfficialFigure>({ kind: 'figure', figure: word === 'table' || !caption ? 'table' : word === 'flowchart' ? 'flowchart' : 'figure', page: page.printed, headings: headings(), caption: caption ? l.text : '', lines: caption ? [] : [l.text] }, page.printed);
        continue;
      }
      if (open?.kind === 'figure' && !num) { open.lines.push(l.text); continue; }
      if (num) {
        close();
        open = push<OfficialParagraph>({ kind: 'para', number: num.number, anchor: anchorFor(num.number), page: page.printed, headings: headings(), text: num.rest, bullets: [], footnotes: [] }, page.printed);
        continue;
      }
      if (bold && l.size <= g.size + 0.5 && l.text.length < 120 && !BULLET.test(l.text)) {
        close(); h3 = l.text; push({ kind: 'heading', level: 3, page: page.printed, text: l.text }, page.printed); continue;
      }
      const glyph = BULLET.test(l.text);
      const indented = l.x >= g.left + 8;
      if (open && open.kind !== 'figure' && (glyph || indented)) {
        if (glyph || !lastWasBullet || gap > l.size * 1.45) open.bullets.push(l.text.replace(BULLET, ''));
        else open.bullets[open.bullets.length - 1] = join(open.bullets.at(-1)!, l.text);
        lastWasBullet = true;
        continue;
      }
      if (open && open.kind === 'para' && open.bullets.length) { open.after = join(open.after ?? '', l.text); lastWasBullet = false; continue; }
      if (open && open.kind !== 'figure') { open.text = join(open.text, l.text); continue; }
      open = push<OfficialPassage>({ kind: 'text', page: page.printed, headings: headings(), text: l.text, bullets: [], footnotes: [] }, page.printed);
    }
  }
  close();
  return chapters;
}
