/**
 * What a word query asks Pagefind for: the words (an edition named in them taken out, Act section
 * abbreviations written out), the queries to run (the words and their expansions from the
 * crosswalk and shorthand), the exact phrases every result must hold (Act section numbers), and
 * the edition to rank first. Pure, so it is tested without a browser.
 */
import { editionInQuery } from './edition-in-query.ts';
import { sectionPhrases, writeOutSections } from './section-numbers.ts';
import { expandQuery, type Synonyms } from './synonyms.ts';

export interface QueryPlan {
  /** The words searched for. */
  words: string;
  /** The edition the query names, ranked first; null when it names none. */
  edition: string | null;
  /** The queries to run: the words, then their expansions. */
  queries: string[];
  /** Pagefind phrase queries every result must also match ('"16ea"', '"section 47"'). */
  exact: string[];
}

export function planQuery(query: string, synonyms: Synonyms, editions: string[]): QueryPlan {
  const named = editionInQuery(query, editions);
  const words = writeOutSections(named.words).replace(/\s+/g, ' ').trim();
  return {
    words,
    edition: named.edition,
    queries: [...new Set([words, ...expandQuery(words, synonyms)])],
    exact: sectionPhrases(words),
  };
}

/** When no result holds every word: each set of all-but-one words (two to six words only). */
export function partialQueries(words: string): string[] {
  const list = words.split(/\s+/).filter(Boolean);
  if (list.length < 2 || list.length > 6) return [];
  return list.map((_, i) => list.filter((__, j) => j !== i).join(' '));
}
