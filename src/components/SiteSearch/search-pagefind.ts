/**
 * The Pagefind calls behind a word search: running several queries under the same filters and
 * keeping each result once at its best score, and finding which results fall in an edition or
 * hold an exact phrase, without fetching any result's data (Pagefind has the index chunks by
 * then, so these are cheap).
 */

export interface PagefindResult { id: string; score: number; data(): Promise<{ url: string; excerpt: string; meta: Record<string, string> }> }
export interface Pagefind {
  options(o: object): Promise<void>;
  search(q: string, o?: object): Promise<{ results: PagefindResult[] } | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}
export type PagefindFilters = Record<string, string | string[]>;

/** Runs every query and keeps each result once, at its best score. */
export async function searchAll(pagefind: Pagefind, queries: string[], filters: PagefindFilters): Promise<PagefindResult[]> {
  const lists = await Promise.all(queries.map((q) => pagefind.search(q, { filters })));
  const best = new Map<string, PagefindResult>();
  for (const list of lists)
    for (const r of list?.results ?? []) {
      const prior = best.get(r.id);
      if (!prior || r.score > prior.score) best.set(r.id, r);
    }
  return [...best.values()];
}

/** The ids of the results the queries find under the filters. */
export async function idsOf(pagefind: Pagefind, queries: string[], filters: PagefindFilters): Promise<Set<string>> {
  return new Set((await searchAll(pagefind, queries, filters)).map((r) => r.id));
}

/** The ids holding every one of the exact phrases (each a Pagefind phrase query such as '"16ea"'). */
export async function idsHoldingAll(pagefind: Pagefind, phrases: string[], filters: PagefindFilters): Promise<Set<string> | null> {
  if (!phrases.length) return null;
  const sets = await Promise.all(phrases.map((p) => idsOf(pagefind, [p], filters)));
  return sets.reduce((a, b) => new Set([...a].filter((id) => b.has(id))));
}

/** The phrases nothing on the site holds, whatever the filters. */
export async function phrasesFoundNowhere(pagefind: Pagefind, phrases: string[]): Promise<string[]> {
  const found = await Promise.all(phrases.map(async (p) => ((await pagefind.search(p))?.results.length ?? 0) > 0));
  return phrases.filter((_, i) => !found[i]);
}
