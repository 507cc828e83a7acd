/**
 * Who a summary says holds a duty, against the provisions it summarises: in each sentence that
 * states must, should or may, the bodies named before the verb ("Safeguarding partners must ...")
 * are the holders it states. They must be among the holders of the provisions it links (each
 * provision's duty="...", else the bodies its own summary names), counting a body and its parts
 * (children's social care is part of the local authority) as one.
 */
import { HOLDER_PATTERNS, holdersOf } from './compare/holder-mentions.ts';
import type { ProvisionModel, Site } from './types.ts';

/** Sentences that state a rule (not "If the child must be removed ...", which states a condition). */
const ruleSentences = (text: string) => text.split(/(?<=[.;:!?])\s+|\n+/).filter((s) => !/^\s*(if|where|when|whether|unless)\b/i.test(s));

/** The bodies a text names that exist in the edition. */
function named(site: Site, edition: string, text: string): string[] {
  return Object.entries(HOLDER_PATTERNS)
    .filter(([id, re]) => {
      const h = site.dutyHolders.get(id);
      return h && (!h.editions || h.editions.includes(edition)) && re.test(text);
    })
    .map(([id]) => id);
}

/** A body and every body it is part of, or that is part of it. */
function family(site: Site, id: string): Set<string> {
  const out = new Set([id]);
  for (let h = site.dutyHolders.get(id); h?.partOf && !out.has(h.partOf); h = site.dutyHolders.get(h.partOf)) out.add(h.partOf);
  for (const [other, h] of site.dutyHolders) if (h.partOf && out.has(h.partOf)) out.add(other);
  return out;
}

const nameOf = (site: Site, id: string) => (site.dutyHolders.get(id)?.name ?? id).replace(/\s*\(.*\)$/, '');

/** Where the text names a holder of a must/should/may that the provisions it links do not, one sentence each. */
export function holderDisagreements(site: Site, edition: string, text: string, provisions: ProvisionModel[]): string[] {
  const out: string[] = [];
  const ids = provisions.map((p) => p.id).join(', ');
  const linked = new Set(provisions.flatMap((p) => holdersOf(site, p)));
  for (const s of ruleSentences(text)) {
    const verb = s.search(/\b(must|should|may)\b/i);
    if (verb < 0) continue;
    const stated = named(site, edition, s.slice(0, verb));
    if (!stated.length) continue;
    const quote = `"${s.trim().slice(0, 80)}"`;
    if (!linked.size) out.push(`says ${stated.map((h) => nameOf(site, h)).join(' and ')} (${quote}), but none of the provisions it links (${ids || 'none'}) says who holds the duty`);
    else if (!stated.some((h) => [...family(site, h)].some((x) => linked.has(x))))
      out.push(`says ${stated.map((h) => nameOf(site, h)).join(' and ')} (${quote}), but the provisions it links (${ids}) put it on ${[...linked].map((h) => nameOf(site, h)).join(', ')}`);
  }
  return [...new Set(out)];
}
