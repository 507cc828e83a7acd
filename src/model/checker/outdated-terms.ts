/**
 * The crosswalk's outdated terms and bodies, for the checker: a term another one replaced is
 * "renamed" (its successor found by following every replacement to the latest); a term nothing
 * replaced and that neither the edition in force nor the one before it uses is "removed". A
 * successor the crosswalk does not list for the edition in force is marked not confirmed.
 */
import type { Term } from '../../schemas/term.ts';
import { anchorsOf, getEdition } from '../queries.ts';
import { withBase } from '../render-body.ts';
import type { Site } from '../types.ts';
import type { OutdatedTerm } from './types.ts';

const editionsOf = (t: Term): string[] => [...new Set(t.names.flatMap((n) => n.editions))].sort();

/** The address where an edition sets the term out (the latest that does), else its row on the terms page. */
function definedUrl(site: Site, base: string, t: Term, prefer?: string): string {
  const editions = prefer ? [prefer] : Object.keys(t.definedAt).sort().reverse();
  for (const id of editions) {
    const e = getEdition(site, id);
    const anchor = t.definedAt[id];
    const item = e && anchor ? anchorsOf(e).get(anchor) : undefined;
    if (item) return withBase(base, item.path);
  }
  return withBase(base, `/terms/#term-${t.id}`);
}

export function outdatedTerms(site: Site, terms: Term[], base: string, current: string): OutdatedTerm[] {
  const byId = new Map(terms.map((t) => [t.id, t]));
  const replacedBy = (id: string) => terms.find((t) => t.replaces.includes(id));
  const previous = getEdition(site, current)?.previous ?? null;
  const out: OutdatedTerm[] = [];
  for (const t of terms) {
    const editions = editionsOf(t);
    let successor = replacedBy(t.id);
    const stillUsed = editions.includes(current) || (previous !== null && editions.includes(previous));
    if (!successor && stillUsed) continue;
    const entry: OutdatedTerm = {
      id: t.id,
      names: t.names.map((n) => ({ term: n.term, ...(n.acronym ? { acronym: n.acronym } : {}) })),
      editions,
      status: successor ? 'renamed' : 'removed',
      ...(t.note ? { note: t.note } : {}),
      definedAt: { label: t.names[0].term, url: definedUrl(site, base, t) },
    };
    const seen = new Set([t.id]);
    for (let next = successor && replacedBy(successor.id); next && !seen.has(next.id); next = replacedBy(next.id)) {
      seen.add(successor!.id);
      successor = next;
    }
    if (successor) {
      const s = byId.get(successor.id)!;
      const name = s.names.find((n) => n.editions.includes(current)) ?? s.names[0];
      const last = editionsOf(s).at(-1)!;
      entry.successor = {
        name: name.term,
        ...(name.acronym ? { acronym: name.acronym } : {}),
        url: definedUrl(site, base, s, s.definedAt[current] ? current : undefined),
        confirmed: editionsOf(s).includes(current),
        lastEdition: last,
      };
    }
    out.push(entry);
  }
  return out;
}
