/**
 * Query expansions from the terminology crosswalk (content/terms.yaml) and practitioners'
 * shorthand (content/vocabulary/shorthand.yaml): an acronym finds its expansion, a name finds
 * the other names of the same concept, an old name finds its successors' names (and the names of
 * concepts that took part of it in, as family help takes in early help), and shorthand
 * ("ICPC", "s47", "CP plan") finds the words the editions use.
 * Keys and values are lower-case phrases; the browser applies them at query time.
 */
import type { Shorthand } from '../schemas/shorthand.ts';
import type { Term } from '../schemas/term.ts';

export type Synonyms = Record<string, string[]>;

export function buildSynonyms(terms: Term[], shorthand: Shorthand[] = []): Synonyms {
  const byId = new Map(terms.map((t) => [t.id, t]));
  const successors = new Map<string, string[]>();
  for (const t of terms) for (const old of [...t.replaces, ...t.takesIn]) successors.set(old, [...(successors.get(old) ?? []), t.id]);
  const phrases = (t: Term) => t.names.flatMap((n) => [n.term.toLowerCase(), ...(n.acronym ? [n.acronym.toLowerCase()] : [])]);
  const out: Synonyms = {};
  for (const t of terms) {
    const own = phrases(t);
    const later: string[] = [];
    const queue = [...(successors.get(t.id) ?? [])];
    while (queue.length) {
      const id = queue.shift()!;
      const next = byId.get(id);
      if (!next) continue;
      later.push(...next.names.map((n) => n.term.toLowerCase()));
      queue.push(...(successors.get(id) ?? []));
    }
    for (const p of own) {
      const expansions = [...new Set([...own.filter((x) => x !== p && x.length > 3), ...later])];
      if (expansions.length) out[p] = [...new Set([...(out[p] ?? []), ...expansions])];
    }
  }
  for (const entry of shorthand) {
    const search = entry.search.map((x) => x.toLowerCase());
    for (const s of entry.shorthand.map((x) => x.toLowerCase())) {
      const expansions = search.filter((x) => x !== s);
      // Shorthand first: it says what the reader meant; the crosswalk's wider names follow.
      if (expansions.length) out[s] = [...new Set([...expansions, ...(out[s] ?? [])])];
    }
  }
  return out;
}

/** At most this many extra queries per search, so a query full of shorthand stays fast. */
const MAX_EXPANSIONS = 8;

/** The other queries to run for a query: each known phrase in it swapped for each expansion. */
export function expandQuery(query: string, synonyms: Synonyms): string[] {
  const q = query.toLowerCase();
  const out = new Set<string>();
  for (const [phrase, expansions] of Object.entries(synonyms)) {
    const re = new RegExp(`(^|\\W)${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}s?(?=\\W|$)`);
    if (!re.test(q)) continue;
    for (const e of expansions) out.add(q.replace(re, `$1${e}`).trim());
  }
  out.delete(q);
  return [...out].slice(0, MAX_EXPANSIONS);
}
