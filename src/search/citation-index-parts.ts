/**
 * The parts of the citation index built from each edition beyond its paragraph numbers: printings
 * and their pages, every section's topics, flowcharts by number, the glossary, the dates a citation
 * may name the edition by, and the editions before those covered. Build time only.
 */
import { glossaryAnchor } from '../model/glossary-anchor.ts';
import { printedPages, printingName } from '../model/printed-pages.ts';
import { withBase } from '../model/render-body.ts';
import { officialParagraphsOf } from '../official/site-official.ts';
import type { EditionModel, Site } from '../model/types.ts';
import type { DateEntry, FlowchartEntry, PageEntry, Printing, SectionEntry } from './citation-index.ts';
import { contentWords } from './citation-match.ts';

/** What the index needs of a drawn flowchart. */
export interface ChartRef {
  edition: string;
  number?: number;
  /** Its title (official where numbered, else ours), the process it charts and the chapter it follows. */
  title: string;
  process: string;
  chapter: string;
  /** Its page, without the base path. */
  path: string;
}

/** Each printing a source gives pages for, and the imported official text's pages first. */
export function printingsOf(site: Site, e: EditionModel, base: string): Printing[] {
  const pages = printedPages(site);
  const byPrinting = new Map<string, PageEntry[]>();
  for (const c of e.chapters)
    for (const s of c.sections)
      for (const { page, printing } of pages.get(s.path) ?? [])
        byPrinting.set(printing, [...(byPrinting.get(printing) ?? []), [page, s.heading, withBase(base, s.path), c.paraKey]]);
  // A page that prints no number and whose number could not be worked out cannot be looked up by one.
  const official: PageEntry[] = officialParagraphsOf(site, e.id).filter(({ para }) => !para.pageFromFile).map(({ para, chapter, path }) => [para.page, `paragraph ${para.number}${para.pageInferred ? ' (the page prints no number; worked out from the pages either side)' : ''}`, withBase(base, path), e.chapters.find((c) => c.slug === chapter.slug)?.paraKey ?? chapter.chapter]);
  return [
    ...(official.length ? [{ id: 'official', name: 'imported official text', pages: official.sort((a, b) => a[0] - b[0]) }] : []),
    ...[...byPrinting].sort(([a], [b]) => a.localeCompare(b)).map(([id, list]) => ({ id, name: printingName(id), pages: list.sort((a, b) => a[0] - b[0]) })),
  ];
}

/** Every section (its anchor in its chapter) with the stems of its provisions' titles that its heading does not already give. */
export function sectionTopics(e: EditionModel): SectionEntry[] {
  return e.chapters.flatMap((c) =>
    c.sections.map((s): SectionEntry => {
      const own = new Set(contentWords(s.heading));
      // The first 30 stems are plenty to recognise a topic and keep the index small.
      const topic = [...new Set(s.provisions.flatMap((p) => contentWords(p.title)))].filter((w) => !own.has(w)).slice(0, 30);
      return [s.heading, `#${s.id}`, c.paraKey, topic.join(' ')];
    }),
  );
}

/**
 * The edition's numbered flowcharts (our chart of each where we draw one, else the section or
 * chapter that holds it), then the charts we draw that carry no official number (number 0).
 */
export function flowchartsOf(e: EditionModel, charts: ChartRef[], base: string): FlowchartEntry[] {
  const keyOf = (slug: string) => e.chapters.find((c) => c.slug === slug)?.paraKey ?? '';
  const mine = charts.filter((c) => c.edition === e.id);
  const numbered = e.flowcharts.map((f): FlowchartEntry => {
    const chapter = e.chapters.find((c) => c.slug === f.chapter);
    const drawn = mine.find((c) => c.number === f.number);
    const section = chapter?.sections.find((s) => new RegExp(`^flow ?chart ${f.number}\\b`, 'i').test(s.heading));
    const path = drawn?.path ?? section?.path ?? chapter?.path ?? e.path;
    const words = [drawn?.process.replace(/-/g, ' '), f.about].filter(Boolean).join(' ');
    return [f.number, f.title ?? drawn?.title ?? f.about ?? '', withBase(base, path), keyOf(f.chapter), words, f.title ? 1 : 0];
  });
  const unnumbered = mine.filter((c) => c.number === undefined).map((c): FlowchartEntry => [0, c.title, withBase(base, c.path), keyOf(c.chapter), c.process.replace(/-/g, ' '), 0]);
  return [...numbered, ...unnumbered];
}

export function glossaryOf(e: EditionModel, base: string): { url: string; terms: [string, string, string][] } | undefined {
  if (!e.glossary.length) return undefined;
  const url = withBase(base, `${e.path}glossary/`);
  return { url, terms: e.glossary.map((g) => [g.term, g.acronym ?? '', `${url}#${glossaryAnchor(g)}`]) };
}

/** The dates a citation may name the edition by: its publication, its drafts, its amendments. */
export function editionDates(e: EditionModel): DateEntry[] {
  return [
    [e.published, 'published', ''],
    ...e.background.filter((b) => b.draft && b.date).map((b): DateEntry => [b.date!, 'draft', b.what]),
    ...e.amendments.map((a): DateEntry => [a.date, 'amended', a.what]),
  ];
}

/** Editions of Working Together older than the first covered, from what the covered ones replaced. */
export function earlierEditions(site: Site): { year: string; replacedBy: string }[] {
  const covered = new Set(site.editions.map((e) => e.id));
  return site.editions.flatMap((e) =>
    e.replaced.filter((r) => /^working together/i.test(r.title) && !covered.has(String(r.year))).map((r) => ({ year: String(r.year), replacedBy: e.id })),
  );
}
