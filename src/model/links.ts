/**
 * Links inside provision summaries. Authors write [words](#id) for an anchor in the same
 * edition (any chapter) or [words](2013#id) for another edition; both resolve to the
 * permanent address. Other links are left as written.
 */
import type { Site } from './types.ts';
import { anchorsOf, getEdition } from './queries.ts';

const ANCHOR_LINK = /^(?:(\d{4}))?#([a-z0-9-]+)$/;

export type LinkResolution = { kind: 'anchor'; path: string } | { kind: 'broken'; reason: string } | { kind: 'other' };

export function resolveLink(site: Site, fromEdition: string, url: string): LinkResolution {
  const m = ANCHOR_LINK.exec(url);
  if (!m) return { kind: 'other' };
  const editionId = m[1] ?? fromEdition;
  const edition = getEdition(site, editionId);
  if (!edition) return { kind: 'broken', reason: `edition ${editionId} does not exist` };
  const target = anchorsOf(edition).get(m[2]);
  if (!target) return { kind: 'broken', reason: `edition ${editionId} has no section or provision "${m[2]}"` };
  return { kind: 'anchor', path: target.path };
}
