/**
 * Page elements, in reading order -> chapters of blocks. A line whose number opens a paragraph
 * (paragraph-numbers.ts) starts one, which runs on over page breaks, full-page tables and figures
 * until the next number, heading or unnumbered passage; its lines build its body with lists
 * (lists.ts). Lines in a box form a box, its bold first line its title. Figures come from flow.ts;
 * a table continued at the top of the next page joins the one before it.
 */
import type { BoxRegion } from './boxes.ts';
import type { Element, FigureElement, LineElement } from './flow.ts';
import { chapterIdentity, headingKind } from './headings.ts';
import { BodyBuilder } from './lists.ts';
import type { Metrics } from './metrics.ts';
import { numberAtStart, opensParagraph, placement, Sequence } from './paragraph-numbers.ts';
import { anchorFor, type ImportWarning, type OfficialBlock, type OfficialChapter, type OfficialFigure, type OfficialParagraph, type OfficialPassage } from './types.ts';

/**
 * A page's elements; printed: its page number (inferred: worked out from the pages either side;
 * fromFile: it prints none and none could be worked out, so printed is its place in the file).
 */
export interface PageFlow { index: number; printed: number; label?: string; inferred?: boolean; fromFile?: boolean; elements: Element[] }

interface Open { block: OfficialParagraph | OfficialPassage; body: BodyBuilder; region?: BoxRegion; page: number; interrupted: boolean; titleDone: boolean }

const ENDS = /[.!?]["'’”)\]]*$/;

export function parseBlocks(pages: PageFlow[], m: Metrics, chapterSize: number): { chapters: OfficialChapter[]; warnings: ImportWarning[] } {
  const chapters: OfficialChapter[] = [];
  const warnings: ImportWarning[] = [];
  const seq = new Sequence();
  let chapter: OfficialChapter | undefined;
  let h2: string | undefined;
  let h3: string | undefined;
  let open: Open | undefined;
  let lastFigure: { block: OfficialFigure; el: FigureElement; page: number } | undefined;
  let lastWasHeading = false;
  const headings = () => [chapter?.title ?? '', h2, h3].filter((h): h is string => !!h);
  const push = <B extends OfficialBlock>(b: B, page: number): B => {
    if (!chapter) chapters.push((chapter = { key: 'front-matter', slug: 'front-matter', title: 'Front matter', page, blocks: [], footnotes: [] }));
    chapter.blocks.push(b);
    return b;
  };
  const finish = (o: Open | undefined) => { if (o) o.block.body = o.body.result(); };
  const close = () => { finish(open); open = undefined; };
  /** A paragraph a box interrupted: text after the box may carry it on. */
  let suspended: Open | undefined;
  const resumes = (o: Open, text: string, pageIndex: number) => !o.interrupted || o.page !== pageIndex || !ENDS.test(o.body.lastText()) || /^[a-z]/.test(text);

  for (const page of pages) {
    const place = { page: page.printed, ...(page.inferred ? { pageInferred: true as const } : {}), ...(page.fromFile ? { pageFromFile: true as const } : {}), ...(page.label ? { pageLabel: page.label } : {}) };
    let first = true;
    for (const el of page.elements) {
      if (el.kind === 'figure') {
        lastWasHeading = false;
        const prior = lastFigure;
        const continued = prior && el.atTop && first && !el.caption && prior.el.atBottom && prior.el.figure === el.figure && prior.el.columns === el.columns && prior.page === page.index - 1;
        first = false;
        if (continued) {
          const rows = el.rows ?? [];
          const repeatedHeader = rows.length && prior.block.rows?.length && rows[0].join('|') === prior.block.rows[0].join('|');
          const keep = repeatedHeader ? rows.slice(1) : rows;
          prior.block.rows = [...(prior.block.rows ?? []), ...keep];
          prior.block.lines.push(...(repeatedHeader ? el.lines.slice(1) : el.lines));
          prior.block.lastPage = page.printed;
          if (page.inferred) prior.block.lastPageInferred = true; else delete prior.block.lastPageInferred;
          if (page.fromFile) prior.block.lastPageFromFile = true; else delete prior.block.lastPageFromFile;
          prior.el = el;
          prior.page = page.index;
        } else {
          if (open?.block.kind === 'box') close();
          const block = push<OfficialFigure>({ kind: 'figure', figure: el.figure, ...place, headings: headings(), caption: el.caption, lines: el.lines, ...(el.rows ? { rows: el.rows } : {}) }, page.printed);
          lastFigure = { block, el, page: page.index };
          if (el.crowded) warnings.push({ page: page.printed, message: `The boxes of ${el.caption ? `"${el.caption}"` : 'a chart'} on page ${page.printed} overlap on the page, so its words may be out of order; check it against the PDF.` });
          if (!el.lines.length) warnings.push({ page: page.printed, message: `"${el.caption}" on page ${page.printed} looks like a caption, but no table or figure was found with it; anything it captions is read as text.` });
        }
        if (open) open.interrupted = true;
        continue;
      }
      const e = el as LineElement;
      const l = e.line;
      const startOfPage = first;
      first = false;
      const blockStart = e.gap > m.leading * 1.3 || lastWasHeading || (open?.region ?? undefined) !== e.box;
      // Lines inside a box that a paragraph has taken over belong to that paragraph.
      if (e.box && open && open.region === e.box && open.block.kind === 'para') { open.body.line(l, e.left, e.prevFull); continue; }
      let tok = numberAtStart(l);
      // A heading may carry a number ("2. Running a library", bold "3.1 Roles"): larger type, or all bold and short, is a heading.
      const heading = e.box ? null : headingKind(l, m.size, chapterSize, blockStart || startOfPage);
      if (tok && (heading === 'chapter' || heading === 'section' || (heading === 'sub' && tok.rest.length < 80 && !/[.:;]$/.test(tok.rest)))) tok = null;
      if (tok) {
        const where = placement(tok, e.left, m.size);
        const verdict = opensParagraph(tok, where, blockStart, e.prevEndsSentence, seq);
        if (verdict.ok) {
          close();
          suspended = undefined;
          lastWasHeading = false;
          seq.accept(tok);
          const body = new BodyBuilder(m.size);
          if (tok.rest) body.text(tok.rest);
          const block = push<OfficialParagraph>({ kind: 'para', number: tok.number, anchor: anchorFor(tok.number), ...place, headings: headings(), body: [], text: '', footnotes: [] }, page.printed);
          open = { block, body, region: e.box, page: page.index, interrupted: false, titleDone: true };
          continue;
        }
        // A number indented inside an open paragraph or box, off the paragraph sequence, is a numbered sub-list item ("1.", "2.").
        if (open && tok.x > e.left + m.size * 0.5 && (open.block.kind !== 'text')) {
          open.body.label({ label: `${tok.number}.`, style: 'number', rest: tok.rest, x: tok.x, textX: tok.textX });
          lastWasHeading = false;
          continue;
        }
        if (verdict.looked) warnings.push({ page: page.printed, message: `A line on page ${page.printed} starts with "${tok.number}" like a paragraph number, but it does not fit the numbering around it, so it was read as text: "${l.text.slice(0, 60)}".` });
      }
      if (e.box) {
        const same = open?.block.kind === 'box' && (open.region === e.box || (startOfPage && open.page === page.index - 1));
        if (!same) {
          if (open?.block.kind === 'para' && !open.region) { open.interrupted = true; suspended = open; }
          close();
          const block = push<OfficialPassage>({ kind: 'box', frame: e.box.frame, ...place, headings: headings(), body: [], text: '', footnotes: [] }, page.printed);
          open = { block, body: new BodyBuilder(m.size), region: e.box, page: page.index, interrupted: false, titleDone: false };
        }
        const o = open!;
        o.region = e.box;
        o.page = page.index;
        const titleLike = l.allBold || l.size >= m.size * 1.1;
        if (!o.titleDone && titleLike && !o.body.body.length) { const box = o.block as OfficialPassage; box.title = box.title ? `${box.title} ${l.text}` : l.text; continue; }
        o.titleDone = true;
        if (!o.body.body.length) o.body.text(l.text); else o.body.line(l, e.left, e.prevFull);
        continue;
      }
      const kind = heading;
      if (kind) {
        close();
        suspended = undefined;
        if (kind === 'chapter') {
          const last = chapter;
          if (lastWasHeading && last && last.blocks.length === 0 && e.gap < l.size * 1.8) { last.title = `${last.title} ${l.text}`; Object.assign(last, chapterIdentity(last.title)); continue; }
          chapters.push((chapter = { ...chapterIdentity(l.text), title: l.text, page: page.printed, blocks: [], footnotes: [] }));
          h2 = h3 = undefined;
          seq.chapterStarted();
        } else {
          const prev = chapter?.blocks.at(-1);
          const level = kind === 'section' ? 2 : 3;
          if (lastWasHeading && prev?.kind === 'heading' && prev.level === level && e.gap < l.size * 1.8) {
            prev.text = `${prev.text} ${l.text}`;
            if (level === 2) h2 = prev.text; else h3 = prev.text;
            continue;
          }
          if (level === 2) { h2 = l.text; h3 = undefined; } else h3 = l.text;
          push({ kind: 'heading', level, ...place, text: l.text }, page.printed);
        }
        lastWasHeading = true;
        continue;
      }
      lastWasHeading = false;
      // Text after a table, figure or box on the same page carries on the paragraph only if it was left unfinished.
      if (!(open && !open.region) && suspended && resumes(suspended, l.text, page.index)) { close(); open = suspended; }
      // Unnumbered text set apart by a gap is a passage of its own (a glossary entry, a foreword's
      // paragraphs), unless it heads a column or page and carries on an unfinished sentence.
      const carriesOn = e.gap === Infinity && !!open && (!ENDS.test(open.body.lastText()) || /^[a-z]/.test(l.text));
      const apart = open?.block.kind === 'text' && e.gap > m.leading * 1.3 && !carriesOn;
      if (open && !open.region && !apart && resumes(open, l.text, page.index)) {
        open.body.line(l, e.left, e.prevFull && !open.interrupted);
        open.page = page.index;
        open.interrupted = false;
        continue;
      }
      close();
      suspended = undefined;
      const body = new BodyBuilder(m.size);
      body.text(l.text);
      open = { block: push<OfficialPassage>({ kind: 'text', ...place, headings: headings(), body: [], text: '', footnotes: [] }, page.printed), body, page: page.index, interrupted: false, titleDone: true };
    }
  }
  close();
  return { chapters, warnings };
}
