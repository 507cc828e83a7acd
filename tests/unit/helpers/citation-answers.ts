/** Citations answered as the search box answers them, against a made-up citation index. */
import type { CitationIndex } from '../../../src/search/citation-index.ts';
import { parseCitation } from '../../../src/search/citation-parse.ts';
import { resolveCitation, type CitationResult } from '../../../src/search/resolve-citation.ts';

/** Parses and resolves a citation as the search box does; throws if it does not read as one. */
export const answerer = (index: CitationIndex) => (q: string, scope: string | null = null): CitationResult => {
  const parsed = parseCitation(q, index.editions.map((e) => e.id));
  if (!parsed) throw new Error(`"${q}" did not read as a citation`);
  return resolveCitation(index, parsed, scope);
};

/** Every address a result offers, the destination first. */
export const urls = (r: CitationResult) => (r.kind === 'found' ? [r.option.url] : r.options.map((o) => o.url));
/** What a result says: its label and note, or its message and every option's label. */
export const text = (r: CitationResult) => (r.kind === 'found' ? `${r.option.label} ${r.note ?? ''}` : `${r.message} ${r.options.map((o) => o.label).join(' | ')}`);
