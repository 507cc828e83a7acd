/**
 * Runs a query: a citation goes straight to its paragraph (or gets the nearest valid ones); words
 * go to Pagefind, with acronyms and old names expanded to their successors, Act section numbers
 * matched exactly, and an edition named in the words ranked first. A term the guidance does not
 * use comes back with its note. Everything it needs is fetched from this site on first use and
 * then kept; nothing leaves the device.
 */
import { parseCitation } from '../../search/citation-parse.ts';
import { resolveCitation, type CitationResult } from '../../search/resolve-citation.ts';
import type { CitationIndex } from '../../search/citation-index.ts';
import type { Synonyms } from '../../search/synonyms.ts';
import { rankResults } from '../../search/rank.ts';
import { partialQueries, planQuery } from '../../search/query-plan.ts';
import { notesFor, type OutsideNote } from '../../search/outside-terms-match.ts';
import type { KnownSection } from '../../search/nearby-sections.ts';
import { idsHoldingAll, idsOf, phrasesFoundNowhere, searchAll, type Pagefind, type PagefindFilters, type PagefindResult } from './search-pagefind.ts';

export interface SearchFilters {
  /** An edition year, "in-force", or null for all editions. */
  edition: string | null;
  part?: string[];
  change?: string[];
  chapter?: string[];
  /** Kinds of record (record-kinds.ts): provisions, edition facts, glossary ... */
  kind?: string[];
}

export interface SearchHit {
  url: string;
  title: string;
  excerpt: string;
  /** What the result is: "Provisions", "Glossary", "Edition facts" ... */
  kind: string;
  edition: string;
  editionTitle: string;
  status: string;
  chapter: string;
  section: string;
  number: string;
  /** "Carried forward, not confirmed" (or "Confirmed unchanged", "Official text changed: summary to review") for a provision carried forward. */
  confirmation?: string;
  /** Its status: carried, confirmed or review (the badge's style). */
  confirmationKind?: string;
}

export interface SearchOutcome {
  citation: CitationResult | null;
  hits: SearchHit[];
  total: number;
  /** Set when no result holds every word and these hold all but one of them. */
  partial?: boolean;
  /** The edition the query named, whose results come first. */
  namedEdition?: string | null;
  /** The words searched for when they differ from the query (an edition named was taken out). */
  words?: string;
  /** Act section numbers the query names that nothing on the site mentions, e.g. ["16LB"]. */
  unknownSections?: string[];
  /** The sections the site describes, to name the neighbours of an unknown one (nearby-sections.ts). */
  knownSections?: KnownSection[];
  /** Notes on terms in the query that the guidance does not use (MASH ...). */
  notes: OutsideNote[];
}

interface Loaded { pagefind: Pagefind; citations: CitationIndex; synonyms: Synonyms; notes: OutsideNote[]; sections: KnownSection[] }

const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
let loaded: Promise<Loaded> | null = null;
let citationIndex: Promise<CitationIndex> | null = null;

/** Loads the citation index once: a citation is answered from it alone, without Pagefind. */
export function loadCitations(): Promise<CitationIndex> {
  citationIndex ??= fetch(`${base}search/citations.json`).then((r) => r.json() as Promise<CitationIndex>);
  return citationIndex;
}

/** Loads Pagefind, the citation index, the synonyms and the notes on outside terms once. */
export function loadSearch(): Promise<Loaded> {
  loaded ??= (async () => {
    const json = <T>(file: string) => fetch(`${base}search/${file}`).then((r) => r.json() as Promise<T>);
    const [pagefind, citations, synonyms, notes, sections] = await Promise.all([
      import(/* @vite-ignore */ `${base}pagefind/pagefind.js`) as Promise<Pagefind>,
      loadCitations(),
      json<Synonyms>('synonyms.json'),
      json<OutsideNote[]>('not-in-guidance.json'),
      json<KnownSection[]>('sections.json'),
    ]);
    // Records hold site-root paths; Pagefind puts the base path in front of every result URL.
    await pagefind.options({ excerptLength: 24, baseUrl: base });
    return { pagefind, citations, synonyms, notes, sections };
  })();
  return loaded;
}

export async function currentEditionId(): Promise<string | null> {
  const citations = await loadCitations();
  return citations.editions.find((e) => e.current)?.id ?? null;
}

/** The edition filter value Pagefind needs for a scope ("in-force" -> the current year). */
async function editionFilter(scope: string | null): Promise<string | null> {
  return scope === 'in-force' ? currentEditionId() : scope;
}

function pagefindFilters(edition: string | null, f: SearchFilters): PagefindFilters {
  const pf: PagefindFilters = {};
  if (edition) pf.edition = edition;
  for (const key of ['part', 'change', 'chapter', 'kind'] as const) if (f[key]?.length) pf[key] = f[key]!;
  return pf;
}

/** Runs a search; `offset` and `limit` choose which of the ranked results come back with their data. */
export async function runSearch(query: string, filters: SearchFilters, limit = 10, offset = 0): Promise<SearchOutcome> {
  const q = query.trim();
  if (!q) return { citation: null, hits: [], total: 0, notes: [] };
  // A citation is answered from the citation index alone; Pagefind loads only for words.
  const citations = await loadCitations();
  const edition = await editionFilter(filters.edition);
  const editions = citations.editions.map((e) => e.id);
  const parsed = parseCitation(q, editions);
  if (parsed) return { citation: resolveCitation(citations, parsed, edition), hits: [], total: 0, notes: [] };
  const { pagefind, synonyms, notes, sections } = await loadSearch();

  const plan = planQuery(q, synonyms, editions);
  const pf = pagefindFilters(edition, filters);
  const exact = await idsHoldingAll(pagefind, plan.exact, pf);
  const keep = (list: PagefindResult[]) => (exact ? list.filter((r) => exact.has(r.id)) : list);
  let queries = plan.queries;
  let found = keep(await searchAll(pagefind, queries, pf));
  const fallback = partialQueries(plan.words);
  const partial = !found.length && fallback.length > 0;
  if (partial) found = keep(await searchAll(pagefind, (queries = fallback), pf));

  const current = await currentEditionId();
  const inForce = !current ? new Set<string>() : edition ? null : await idsOf(pagefind, queries, { ...pf, edition: current });
  const named = plan.edition && !edition ? await idsOf(pagefind, queries, { ...pf, edition: plan.edition }) : null;
  const ranked = rankResults(found.map((r) => ({
    item: r, score: r.score, inForce: inForce ? inForce.has(r.id) : edition === current, preferred: named?.has(r.id) ?? false,
  })));
  const data = await Promise.all(ranked.slice(offset, offset + limit).map((r) => r.data()));
  const hits = data.map((d) => ({
    url: d.url, excerpt: d.excerpt, title: d.meta.title, kind: d.meta.kind ?? 'Provisions', edition: d.meta.edition, editionTitle: d.meta.editionTitle,
    status: d.meta.status, chapter: d.meta.chapter, section: d.meta.section, number: d.meta.number, confirmation: d.meta.confirmation, confirmationKind: d.meta.confirmationKind,
  }));
  const unknown = plan.exact.length ? await phrasesFoundNowhere(pagefind, plan.exact) : [];
  return {
    citation: null, hits, total: ranked.length, partial: partial && ranked.length > 0, notes: notesFor(q, notes),
    namedEdition: plan.edition, ...(plan.words !== q ? { words: plan.words } : {}),
    ...(unknown.length ? { unknownSections: unknown.map((p) => p.replace(/"/g, '').replace(/^section /, '').toUpperCase()), knownSections: sections } : {}),
  };
}

/** Counts per filter value, for the search page's filter controls. */
export async function filterCounts() {
  const { pagefind } = await loadSearch();
  return pagefind.filters();
}
