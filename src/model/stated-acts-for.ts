/**
 * Whose duty a body carries out: a text that says one body acts "on behalf of" another states who
 * holds the duty. That is only right where the duty-holder vocabulary records the relationship
 * (actsFor: a child death overview panel reviews deaths for the child death review partners); a
 * duty the law puts on the local authority itself is not one it performs on the partners' behalf.
 * The body acting is the one the sentence names before "on behalf of", else the holders of the
 * provision the text belongs to or links.
 */
import { HOLDER_PATTERNS } from './compare/holder-mentions.ts';
import type { Site } from './types.ts';

const nameOf = (site: Site, id: string) => (site.dutyHolders.get(id)?.name ?? id).replace(/\s*\(.*\)$/, '');

/** The bodies a text names that exist in the edition, in the order they first appear. */
function named(site: Site, edition: string, text: string): string[] {
  return Object.entries(HOLDER_PATTERNS)
    .filter(([id]) => { const h = site.dutyHolders.get(id); return h && (!h.editions || h.editions.includes(edition)); })
    .map(([id, re]) => ({ id, at: text.search(re) }))
    .filter((x) => x.at >= 0)
    .sort((a, b) => a.at - b.at)
    .map((x) => x.id);
}

/** Whether a body (or a body it is part of) is recorded as acting for another (or a body that other is part of). */
function mayActFor(site: Site, actor: string, principal: string): boolean {
  const up = (id: string) => { const out = [id]; for (let h = site.dutyHolders.get(id); h?.partOf && !out.includes(h.partOf); h = site.dutyHolders.get(h.partOf)) out.push(h.partOf); return out; };
  if (up(actor).includes(principal) || up(principal).includes(actor)) return true;
  return up(actor).some((a) => (site.dutyHolders.get(a)?.actsFor ?? []).some((p) => up(principal).includes(p)));
}

/** Where the text says a body acts on behalf of another with no such relationship recorded: one sentence each. */
export function actsForDisagreements(site: Site, edition: string, text: string, holders: string[]): string[] {
  const out: string[] = [];
  for (const s of text.split(/(?<=[.;:!?])\s+|\n+/)) {
    const at = s.search(/\bon behalf of\b/i);
    if (at < 0) continue;
    const principal = named(site, edition, s.slice(at + 'on behalf of'.length))[0];
    if (!principal) continue;
    // The body acting is the sentence's subject: the first body it names before "on behalf of".
    const before = named(site, edition, s.slice(0, at));
    const actors = before.length ? before.slice(0, 1) : holders;
    const wrong = actors.filter((a) => a !== principal && !mayActFor(site, a, principal));
    if (actors.length && wrong.length === actors.length)
      out.push(`says ${actors.map((a) => nameOf(site, a)).join(' and ')} act${actors.length === 1 ? 's' : ''} on behalf of ${nameOf(site, principal)} ("${s.trim().slice(0, 90)}"), but the duty-holder vocabulary records no such relationship`);
  }
  return out;
}
