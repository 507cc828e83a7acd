/** Resolves the ids a key change names into links with titles, for display. */
import { anchorsOf, getEdition } from './queries.ts';
import type { EditionModel, Site } from './types.ts';

export interface ResolvedLink { title: string; path: string; label?: string }

function titleOf(item: { title?: string; heading?: string; parasLabel?: string }): string {
  return 'title' in item && item.title ? item.title : (item as { heading: string }).heading;
}

export function resolveIds(edition: EditionModel, ids: string[]): ResolvedLink[] {
  const anchors = anchorsOf(edition);
  return ids.flatMap((id) => {
    const a = anchors.get(id);
    return a ? [{ title: titleOf(a as never), path: a.path, label: a.parasLabel }] : [];
  });
}

export function resolvePrevious(site: Site, edition: EditionModel, ids: string[] = []): ResolvedLink[] {
  const prev = edition.previous ? getEdition(site, edition.previous) : undefined;
  return prev ? resolveIds(prev, ids) : [];
}
