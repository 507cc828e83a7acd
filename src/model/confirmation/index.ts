/**
 * How far each provision is confirmed, computed once per build and read by every page: its status
 * (status.ts), the official paragraphs it summarises (official-map.ts), and counts for any set of
 * provisions (an edition, a chapter, a section). With no official text imported every carried
 * provision is simply "carried forward, not confirmed", as before.
 */
import { contentRoot } from '../content-root.ts';
import { keyOf } from '../lineage.ts';
import { getEdition } from '../queries.ts';
import type { ProvisionModel, Site } from '../types.ts';
import { mappingOf, type ProvisionMapping } from './official-map.ts';
import { confirmationOf, type Confirmation } from './status.ts';

export { CONFIRM_SCORE, type Confirmation, type ConfirmationStatus, type Evidence, type ParagraphChange, type NotConfirmedWhy } from './status.ts';
export { LINK_SCORE, type OfficialParagraphRef, type ProvisionMapping } from './official-map.ts';

const memo = new WeakMap<Site, Map<string, Confirmation>>();

/** A provision's status (cached per site). */
export function statusOf(site: Site, p: ProvisionModel, root = contentRoot()): Confirmation {
  let cache = memo.get(site);
  if (!cache) memo.set(site, (cache = new Map()));
  const k = keyOf(p);
  if (!cache.has(k)) cache.set(k, confirmationOf(site, p, root));
  return cache.get(k)!;
}

/** The official paragraphs a provision summarises, where its edition's official text is imported. */
export function officialParagraphsFor(site: Site, p: ProvisionModel, root = contentRoot()): ProvisionMapping | undefined {
  return mappingOf(site, p, root);
}

export interface StatusCounts {
  total: number;
  /** With a summary of their own: by lineage, as the comparison counts them. */
  new: number;
  changed: number;
  reworded: number;
  unchanged: number;
  /** The first edition on the site has no lineage to count. */
  first: number;
  /** Carried forward from the previous edition: confirmed + review + carried. */
  carriedForward: number;
  confirmed: number;
  review: number;
  /** Carried forward, still not confirmed. */
  carried: number;
  /** Of confirmed and review, those resting on a mapping nobody has reviewed. */
  onProposals: number;
}

export function countStatuses(site: Site, provisions: ProvisionModel[], root = contentRoot()): StatusCounts {
  const c: StatusCounts = { total: 0, new: 0, changed: 0, reworded: 0, unchanged: 0, first: 0, carriedForward: 0, confirmed: 0, review: 0, carried: 0, onProposals: 0 };
  for (const p of provisions) {
    c.total++;
    const s = statusOf(site, p, root);
    if (s.status !== 'own') {
      c.carriedForward++;
      c[s.status]++;
      if (s.status !== 'carried' && s.evidence.proposed) c.onProposals++;
    } else if (!getEdition(site, p.edition)?.previous) c.first++;
    else if (p.from.length === 0) c.new++;
    else if (p.change === 'changed' || p.change === 'split' || p.change === 'merged') c.changed++;
    else if (p.change === 'reworded' || p.change === 'moved') c.reworded++;
    else c.unchanged++;
  }
  return c;
}
