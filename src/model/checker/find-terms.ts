/**
 * Finds outdated terms and bodies in running text: each name of a crosswalk term in full (any
 * case, plural too, hyphens or line breaks between its words) and its acronym (as capitals, plural
 * too: "LSCBs"). Where names overlap ("serious case reviews" inside the national panel's name), the
 * longer one wins. Pure: runs in the browser.
 */
import type { TextSpan } from './find-citations.ts';
import type { OutdatedTerm } from './types.ts';

export interface FoundTerm extends TextSpan {
  term: OutdatedTerm;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function patternsOf(t: OutdatedTerm): RegExp[] {
  const out: RegExp[] = [];
  for (const n of t.names) {
    const words = n.term.split(/\s+/).map(escape).join(String.raw`[\s-]+`);
    out.push(new RegExp(String.raw`\b${words}(?:s|es)?\b`, 'gi'));
    if (n.acronym) out.push(new RegExp(String.raw`\b${escape(n.acronym)}(?:s|'s|’s)?\b`, 'g'));
  }
  return out;
}

export function findTerms(text: string, terms: OutdatedTerm[]): FoundTerm[] {
  const all: FoundTerm[] = [];
  for (const term of terms)
    for (const re of patternsOf(term))
      for (const m of text.matchAll(re)) all.push({ start: m.index, end: m.index + m[0].length, text: m[0].replace(/\s+/g, ' '), term });
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: FoundTerm[] = [];
  for (const f of all) if (!kept.some((k) => f.start < k.end && k.start < f.end)) kept.push(f);
  return kept;
}
