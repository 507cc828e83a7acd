/**
 * The citation index: for every edition, its numbering scheme, its chapters, every section (with
 * the topics of its provisions, for citations by title or topic), the sections and provisions that
 * carry official paragraph numbers, each printing's first page of a section where a contents list
 * gives it, its flowcharts by number, its glossary, and the dates a citation may name it by (drafts
 * and amendments). Written as JSON at build time and fetched by the browser only when a query looks
 * like a citation: a citation is answered from this file alone, without the full-text index.
 */
import { withBase } from '../model/render-body.ts';
import { parseParaRanges } from '../model/paragraphs.ts';
import { officialParagraphsOf } from '../official/site-official.ts';
import { provisionsOf, sectionsOf } from '../model/queries.ts';
import type { ParaScheme } from '../model/paragraphs.ts';
import type { ParaRange } from '../model/paragraphs.ts';
import type { Site } from '../model/types.ts';
import { earlierEditions, editionDates, flowchartsOf, glossaryOf, printingsOf, sectionTopics, type ChartRef } from './citation-index-parts.ts';
import { publicationLink } from '../model/publication.ts';

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

/** [heading, "#anchor" in its chapter (or a full address), chapter key, stems of its provisions' titles (space separated)] */
export type SectionEntry = [string, string, string, string];

/** [number (0 where no source gives one), title, address, chapter key, words of what it charts, 1 if the title is official] */
export type FlowchartEntry = [number, string, string, string, string, (0 | 1)?];

/** [date (YYYY-MM or YYYY-MM-DD), what it is, the fact in our words] */
export type DateEntry = [string, 'published' | 'draft' | 'amended', string];

export interface CitationEdition {
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
  /** Every section, for citations by title or topic. */
  sections?: SectionEntry[];
  /** Flowcharts by their number in this edition. */
  flowcharts?: FlowchartEntry[];
  /** The glossary page and its entries: [term, acronym or "", address]. */
  glossary?: { url: string; terms: [string, string, string][] };
  /** Dates a citation may name the edition by: publication, drafts, amendments. */
  dates?: DateEntry[];
  /** When it came into force (YYYY-MM-DD or YYYY-MM). */
  inForce?: string;
  /** The official publication's address. */
  official?: string;
}

export interface CitationIndex {
  editions: CitationEdition[];
  /** Editions older than those covered, known from what the first covered one replaced. */
  earlier?: { year: string; replacedBy: string }[];
  /** The page listing every flowchart. */
  flowchartsUrl?: string;
  /** Practitioners' shorthand and what it means ("strategy meeting" -> "strategy discussion"), for titles and topics. */
  shorthand?: [string[], string][];
}

const compact = (ranges: ParaRange[]): CompactRange[] => ranges.map((r) => [r.from.chapter, r.from.n, r.to.n]);

export function buildCitationIndex(site: Site, base: string, charts: ChartRef[] = [], shorthand: { shorthand: string[]; means: string }[] = []): CitationIndex {
  return {
    editions: site.editions.map((e) => {
      const label = new Map(e.chapters.map((c) => [c.slug, c.label]));
      const entries: CitationEntry[] = [];
      for (const s of sectionsOf(e))
        if (s.paras) entries.push({ k: 's', t: s.heading, u: withBase(base, s.path), r: compact(s.paras), c: label.get(s.chapter)! });
      for (const p of provisionsOf(e))
        if (p.paras) entries.push({ k: 'p', t: p.title, u: withBase(base, p.path), r: compact(p.paras), c: label.get(p.chapter)! });
      const chapters = e.chapters.map((c) => ({ k: c.paraKey, l: c.label, t: c.heading, u: withBase(base, c.path) }));
      // Imported official text: every paragraph by its number, and the page each starts on, first.
      const official = officialParagraphsOf(site, e.id);
      for (const { para, chapter, path } of official) {
        const key = e.chapters.find((c) => c.slug === chapter.slug)?.paraKey ?? chapter.chapter;
        const ranges = parseParaRanges(para.number, e.numbering.scheme, key);
        if (ranges) entries.push({ k: 'o', t: `official text${para.headings.length ? `, ${para.headings.at(-1)}` : ''}`, u: withBase(base, path), r: compact(ranges), c: label.get(chapter.slug) ?? chapter.title });
      }
      const glossary = glossaryOf(e, base);
      return {
        id: e.id, title: e.shortTitle, scheme: e.numbering.scheme, current: e.status === 'current', url: withBase(base, e.path),
        chapters, entries, printings: printingsOf(site, e, base),
        sections: sectionTopics(e), flowcharts: flowchartsOf(e, charts, base), ...(glossary ? { glossary } : {}),
        dates: editionDates(e), inForce: e.inForce, ...(publicationLink(e).href ? { official: publicationLink(e).href } : {}),
      };
    }),
    earlier: earlierEditions(site),
    flowchartsUrl: withBase(base, '/flowcharts/'),
    shorthand: shorthand.map((x) => [x.shorthand, x.means]),
  };
}
