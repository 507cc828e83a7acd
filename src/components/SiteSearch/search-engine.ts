/**
 * Runs a query: a citation goes straight to its paragraph (or gets the nearest valid ones); words
 * go to Pagefind, with acronyms and old names expanded to their successors. Everything it needs
 * is fetched from this site on first use and then kept; nothing leaves the device.
 */
import { parseCitation } from '../../search/citation-parse.ts';
import { resolveCitation, type CitationResult } from '../../search/resolve-citation.ts';
import type { CitationIndex } from '../../search/citation-index.ts';
import { expandQuery, type Synonyms } from '../../search/synonyms.ts';
import { rankResults } from '../../search/rank.ts';

export interface SearchFilters {
  /** An edition year, "in-force", or null for all editions. */
  edition: string | null;
  part?: string[];
  change?: string[];
  chapter?: string[];
}

export interface SearchHit {
  url: string;
  title: string;
  excerpt: string;
  edition: string;
  editionTitle: string;
  status: string;
  chapter: string;
  section: string;
  number: string;
  /** "Carried forward, not confirmed" where no source confirms what the edition says. */
  confirmation?: string;
}

export interface SearchOutcome {
  citation: CitationResult | null;
  hits: SearchHit[];
  total: number;
  /** Set when no provision holds every word and the results hold all but one of them. */
  partial?: boolean;
}

interface PagefindResult { score: number; data(): Promise<{ url: string; excerpt: string; meta: Record<string, string> }> }
interface Pagefind {
  options(o: object): Promise<void>;
  search(q: string, o?: object): Promise<{ results: PagefindResult[] } | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
let loaded: Promise<{ pagefind: Pagefind; citations: CitationIndex; synonyms: Synonyms }> | null = null;
let citationIndex: Promise<CitationIndex> | null = null;

/** Loads the citation index once: a citation is answered from it alone, without Pagefind. */
export function loadCitations(): Promise<CitationIndex> {
  citationIndex ??= fetch(`${base}search/citations.json`).then((r) => r.json() as Promise<CitationIndex>);
  return citationIndex;
}

/** Loads Pagefind, the citation index and the synonyms once. */
export function loadSearch() {
  loaded ??= (async () => {
    const [pagefind, citations, synonyms] = await Promise.all([
      import(/* @vite-ignore */ `${base}pagefind/pagefind.js`) as Promise<Pagefind>,
      loadCitations(),
      fetch(`${base}search/synonyms.json`).then((r) => r.json() as Promise<Synonyms>),
    ]);
    // Records hold site-root paths; Pagefind puts the base path in front of every result URL.
    await pagefind.options({ excerptLength: 24, baseUrl: base });
    return { pagefind, citations, synonyms };
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

export async function runSearch(query: string, filters: SearchFilters, limit = 10): Promise<SearchOutcome> {
  const q = query.trim();
  if (!q) return { citation: null, hits: [], total: 0 };
  // A citation is answered from the citation index alone; Pagefind loads only for words.
  const citations = await loadCitations();
  const edition = await editionFilter(filters.edition);
  const parsed = parseCitation(q, citations.editions.map((e) => e.id));
  if (parsed) return { citation: resolveCitation(citations, parsed, edition), hits: [], total: 0 };
  const { pagefind, synonyms } = await loadSearch();

  const pf: Record<string, string | string[]> = {};
  if (edition) pf.edition = edition;
  if (filters.part?.length) pf.part = filters.part;
  if (filters.change?.length) pf.change = filters.change;
  if (filters.chapter?.length) pf.chapter = filters.chapter;
  let queries = [q, ...expandQuery(q, synonyms)];
  let lists = await Promise.all(queries.map((x) => pagefind.search(x, { filters: pf })));
  let partial = false;
  const words = q.split(/\s+/);
  if (lists.every((l) => !l?.results.length) && words.length > 1 && words.length <= 6) {
    // No provision holds every word: try each set of all-but-one words.
    partial = true;
    queries = words.map((_, i) => words.filter((__, j) => j !== i).join(' '));
    lists = await Promise.all(queries.map((x) => pagefind.search(x, { filters: pf })));
  }
  const best = new Map<PagefindResult, number>();
  const seen = new Map<string, PagefindResult>();
  const idOf = (r: PagefindResult) => (r as unknown as { id: string }).id;
  lists.forEach((list) => list?.results.forEach((r) => {
    const key = idOf(r);
    const prior = seen.get(key);
    if (!prior || r.score > best.get(prior)!) { if (prior) best.delete(prior); seen.set(key, r); best.set(r, r.score); }
  }));
  const inForce = await inForceIds(pagefind, queries, pf, edition);
  const ranked = rankResults([...best.keys()].map((r) => ({ item: r, score: r.score, inForce: inForce(idOf(r)) })));
  const data = await Promise.all(ranked.slice(0, limit).map((r) => r.data()));
  const hits = data.map((d) => ({
    url: d.url, excerpt: d.excerpt, title: d.meta.title, edition: d.meta.edition, editionTitle: d.meta.editionTitle,
    status: d.meta.status, chapter: d.meta.chapter, section: d.meta.section, number: d.meta.number, confirmation: d.meta.confirmation,
  }));
  return { citation: null, hits, total: ranked.length, partial: partial && hits.length > 0 };
}

/**
 * Which results are in the edition in force, without fetching every result's data: the same
 * queries again, limited to that edition (Pagefind has the index chunks by now, so this is cheap).
 */
async function inForceIds(pagefind: Pagefind, queries: string[], pf: Record<string, string | string[]>, edition: string | null): Promise<(id: string) => boolean> {
  const current = await currentEditionId();
  if (!current) return () => false;
  if (edition) return () => edition === current;
  const lists = await Promise.all(queries.map((x) => pagefind.search(x, { filters: { ...pf, edition: current } })));
  const ids = new Set(lists.flatMap((l) => l?.results.map((r) => (r as unknown as { id: string }).id) ?? []));
  return (id) => ids.has(id);
}

/** Counts per filter value, for the search page's filter controls. */
export async function filterCounts() {
  const { pagefind } = await loadSearch();
  return pagefind.filters();
}
