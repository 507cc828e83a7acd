/**
 * What our content could not confirm about a provision, as readers see it: the `unsure` note of
 * the summary shown (carried with a summary borrowed from an earlier edition, unless replaced)
 * and the provision's own. Every place that shows a provision's summary shows these with it.
 */
import { getEdition } from './queries.ts';
import type { ProvisionModel, Site } from './types.ts';

export interface Caveat {
  text: string;
  /** "Working Together 2023": set when the note belongs to a summary carried from that edition. */
  summaryOf?: string;
}

/** The carried note first (it is about the summary shown), then the provision's own. */
export function caveatsOf(site: Site, p: ProvisionModel): Caveat[] {
  const out: Caveat[] = [];
  if (p.carriedUnsure) out.push({ text: p.carriedUnsure.text, summaryOf: getEdition(site, p.carriedUnsure.edition)?.shortTitle ?? `Working Together ${p.carriedUnsure.edition}` });
  if (p.unsure) out.push({ text: p.unsure });
  return out;
}

/** One caveat as a sentence: a carried one says which edition's summary it is about. */
export function caveatText(c: Caveat): string {
  return c.summaryOf ? `About the ${c.summaryOf} summary shown here: ${c.text}` : c.text;
}

/** Every caveat as one note (for places with room for a single "Not confirmed" line). */
export function caveatNote(site: Site, p: ProvisionModel): string | undefined {
  const all = caveatsOf(site, p);
  return all.length ? all.map(caveatText).join(' ') : undefined;
}
