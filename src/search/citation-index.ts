/**
 * The citation index: for every edition, its numbering scheme and every section and provision
 * that carries official paragraph numbers, with its address. Written as JSON at build time and
 * fetched by the browser only when a query looks like a citation.
 */
import { withBase } from '../model/render-body.ts';
import { provisionsOf, sectionsOf } from '../model/queries.ts';
import type { ParaScheme } from '../model/paragraphs.ts';
import type { ParaRange } from '../model/paragraphs.ts';
import type { Site } from '../model/types.ts';

/** [chapter key or null, first paragraph, last paragraph] */
export type CompactRange = [string | null, number, number];

export interface CitationEntry {
  /** "s" for a section, "p" for a provision. */
  k: 's' | 'p';
  /** Its title or heading. */
  t: string;
  /** Its address, with the base path. */
  u: string;
  /** The ranges it covers. */
  r: CompactRange[];
  /** The chapter label it stands in ("Chapter 5"). */
  c: string;
}

export interface CitationIndex {
  editions: { id: string; title: string; scheme: ParaScheme; current: boolean; entries: CitationEntry[] }[];
}

const compact = (ranges: ParaRange[]): CompactRange[] => ranges.map((r) => [r.from.chapter, r.from.n, r.to.n]);

export function buildCitationIndex(site: Site, base: string): CitationIndex {
  return {
    editions: site.editions.map((e) => {
      const label = new Map(e.chapters.map((c) => [c.slug, c.label]));
      const entries: CitationEntry[] = [];
      for (const s of sectionsOf(e))
        if (s.paras) entries.push({ k: 's', t: s.heading, u: withBase(base, s.path), r: compact(s.paras), c: label.get(s.chapter)! });
      for (const p of provisionsOf(e))
        if (p.paras) entries.push({ k: 'p', t: p.title, u: withBase(base, p.path), r: compact(p.paras), c: label.get(p.chapter)! });
      return { id: e.id, title: e.shortTitle, scheme: e.numbering.scheme, current: e.status === 'current', entries };
    }),
  };
}
