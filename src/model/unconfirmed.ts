/**
 * Provisions carried forward, not confirmed (change="unconfirmed"): no source says what the
 * edition says here, so a reader must be able to tell them from a confirmed change or a
 * confirmed non-change wherever they appear: provision, timeline, comparison, tree, search.
 */
import { getEdition } from './queries.ts';
import type { ProvisionModel, Site } from './types.ts';

export const UNCONFIRMED_LABEL = 'Carried forward, not confirmed';

export interface UnconfirmedNote {
  /** "Working Together 2023": the edition whose summary stands in. */
  fromTitle: string;
  /** The permanent address of the provision whose summary stands in (no base path). */
  fromPath: string;
  /** True when the provision has no summary of its own and shows its predecessor's. */
  borrowed: boolean;
  /** One sentence for readers. */
  text: string;
}

export function isUnconfirmed(p: ProvisionModel): boolean {
  return p.change === 'unconfirmed';
}

export function unconfirmedNote(site: Site, p: ProvisionModel): UnconfirmedNote | null {
  if (!isUnconfirmed(p)) return null;
  const edition = getEdition(site, p.edition)!;
  const source = p.carried ?? { edition: edition.previous!, id: p.from[0] };
  const from = getEdition(site, source.edition)!;
  const path = `${from.path}${from.chapters.find((c) => c.sections.some((s) => s.provisions.some((x) => x.id === source.id)))?.slug ?? ''}/#${source.id}`;
  const borrowed = !!p.carried;
  const text = borrowed
    ? `No source we have found says what ${edition.shortTitle} says here. The summary below is of ${from.shortTitle}, carried forward until it is confirmed.`
    : `No source we have found confirms this against the text of ${edition.shortTitle}; it is carried forward from ${from.shortTitle}.`;
  return { fromTitle: from.shortTitle, fromPath: path, borrowed, text };
}

/** Of a set of provisions, those carried forward unconfirmed (for tree outcomes and sessions). */
export function unconfirmedAmong(provisions: ProvisionModel[]): ProvisionModel[] {
  return provisions.filter(isUnconfirmed);
}
