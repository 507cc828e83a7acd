/**
 * The citation index: for every edition, its numbering scheme, its chapters, every section and
 * provision that carries official paragraph numbers, and the printed page each section starts on
 * where a contents list gives it, with addresses. Written as JSON at build time and fetched by the
 * browser only when a query looks like a citation.
 */
import { withBase } from '../model/render-body.ts';
import { printedPages, printingName } from '../model/printed-pages.ts';
import { parseParaRanges } from '../model/paragraphs.ts';
import { officialParagraphsOf } from '../official/site-official.ts';
import { provisionsOf, sectionsOf } from '../model/queries.ts';
import type { ParaScheme } from '../model/paragraphs.ts';
import type { ParaRange } from '../model/paragraphs.ts';
import type { Site } from '../model/types.ts';

/** [chapter key or null, first paragraph, last paragraph] */
export type CompactRange = [string | null, number, number];

export interface CitationEntry {
  /** "s" for a section, "p" for a provision, "o" for a paragraph of imported official text. */
  k: 's' | 'p' | 'o';
  /** Its title or heading. */
  t: string;
  /** Its address, with the base path. */
  u: string;
  /** The ranges it covers. */
  r: CompactRange[];
  /** The chapter label it stands in ("Chapter 5"). */
  c: string;
}

export interface ChapterEntry {
  /** The key its paragraph numbers carry ("4", "A", or the slug for front matter). */
  k: string;
  /** Its short label ("Chapter 4") and full heading. */
  l: string;
  t: string;
  u: string;
}

/** [printed page a section starts on, section heading, address, chapter key] */
export type PageEntry = [number, string, string, string];

export interface Printing {
  /** "2020-12" */
  id: string;
  /** "December 2020 printing" */
  name: string;
  /** Sorted by page. */
  pages: PageEntry[];
}

export interface CitationIndex {
  editions: {
    id: string;
    title: string;
    scheme: ParaScheme;
    current: boolean;
    /** The edition's contents page. */
    url: string;
    chapters: ChapterEntry[];
    entries: CitationEntry[];
    /** Printings whose page numbers a source gives (often only part of the document). */
    printings: Printing[];
  }[];
}

const compact = (ranges: ParaRange[]): CompactRange[] => ranges.map((r) => [r.from.chapter, r.from.n, r.to.n]);

export function buildCitationIndex(site: Site, base: string): CitationIndex {
  const pages = printedPages(site);
  return {
    editions: site.editions.map((e) => {
      const label = new Map(e.chapters.map((c) => [c.slug, c.label]));
      const entries: CitationEntry[] = [];
      for (const s of sectionsOf(e))
        if (s.paras) entries.push({ k: 's', t: s.heading, u: withBase(base, s.path), r: compact(s.paras), c: label.get(s.chapter)! });
      for (const p of provisionsOf(e))
        if (p.paras) entries.push({ k: 'p', t: p.title, u: withBase(base, p.path), r: compact(p.paras), c: label.get(p.chapter)! });
      const chapters = e.chapters.map((c) => ({ k: c.paraKey, l: c.label, t: c.heading, u: withBase(base, c.path) }));
      const byPrinting = new Map<string, PageEntry[]>();
      for (const c of e.chapters)
        for (const s of c.sections)
          for (const { page, printing } of pages.get(s.path) ?? [])
            byPrinting.set(printing, [...(byPrinting.get(printing) ?? []), [page, s.heading, withBase(base, s.path), c.paraKey]]);
      // Imported official text: every paragraph by its number, and the page each starts on, first.
      const official = officialParagraphsOf(site, e.id);
      for (const { para, chapter, path } of official) {
        const key = e.chapters.find((c) => c.slug === chapter.slug)?.paraKey ?? chapter.chapter;
        const ranges = parseParaRanges(para.number, e.numbering.scheme, key);
        if (ranges) entries.push({ k: 'o', t: `official text${para.headings.length ? `, ${para.headings.at(-1)}` : ''}`, u: withBase(base, path), r: compact(ranges), c: label.get(chapter.slug) ?? chapter.title });
      }
      // A page that prints no number and whose number could not be worked out cannot be looked up by one.
      const officialPages: PageEntry[] = official.filter(({ para }) => !para.pageFromFile).map(({ para, chapter, path }) => [para.page, `paragraph ${para.number}${para.pageInferred ? ' (the page prints no number; worked out from the pages either side)' : para.pageFromFile ? ' (the page prints no number; its place in the PDF file)' : ''}`, withBase(base, path), e.chapters.find((c) => c.slug === chapter.slug)?.paraKey ?? chapter.chapter]);
      const printings = [
        ...(officialPages.length ? [{ id: 'official', name: 'imported official text', pages: officialPages.sort((a, b) => a[0] - b[0]) }] : []),
        ...[...byPrinting].map(([id, list]) => ({ id, name: printingName(id), pages: list.sort((a, b) => a[0] - b[0]) })),
      ];
      return { id: e.id, title: e.shortTitle, scheme: e.numbering.scheme, current: e.status === 'current', url: withBase(base, e.path), chapters, entries, printings };
    }),
  };
}
