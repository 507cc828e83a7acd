/** "<edition>#<id>" references in the amendments logs, resolved to the section or provision they name. */
import { anchorsOf, getEdition } from '../queries.ts';
import type { Site } from '../types.ts';
import { suggest } from '../local/nearest.ts';

export interface ResolvedRef { path: string; label: string }

/** The place a reference names, or why it names none (as a fix). */
export function resolveRef(site: Site, ref: string): ResolvedRef | { problem: string; fix: string } {
  const [edition, id] = ref.split('#');
  const e = getEdition(site, edition);
  if (!e) return { problem: `names edition ${edition}, which the site does not have`, fix: `name one of ${site.editions.map((x) => x.id).join(', ')}` };
  const target = anchorsOf(e).get(id);
  if (!target) return { problem: `names "${id}", which ${e.shortTitle} does not have`, fix: `correct the id: ${suggest(id, anchorsOf(e).keys(), 'see the ids on its chapter pages')}` };
  return { path: target.path, label: `${e.shortTitle}: ${'title' in target ? target.title : target.heading}` };
}
