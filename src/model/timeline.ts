/**
 * A provision's timeline: one entry per edition, holding the version(s) in its line of descent
 * with how each changed, or saying plainly that the subject was not there yet or had been removed.
 */
import { lineOfDescent, lineageOf } from './lineage.ts';
import { typedChanges, type TypedChange } from './compare/typed-changes.ts';
import type { EditionModel, ProvisionModel, Site } from './types.ts';

export type TimelineEntry =
  | { edition: EditionModel; kind: 'present'; versions: { p: ProvisionModel; typed: TypedChange[]; predecessors: ProvisionModel[] }[] }
  | { edition: EditionModel; kind: 'not-yet' }
  | { edition: EditionModel; kind: 'removed'; removed: { id: string; reason: string; see?: string }[] };

export function timelineOf(site: Site, p: ProvisionModel): TimelineEntry[] {
  const line = lineOfDescent(site, p);
  const l = lineageOf(site);
  const present = site.editions.filter((e) => line.has(e.id)).map((e) => e.id);
  const first = present[0];
  return site.editions.map((edition): TimelineEntry => {
    const here = line.get(edition.id);
    if (here)
      return {
        edition,
        kind: 'present',
        versions: here.map((v) => {
          const predecessors = l.predecessors(v);
          return { p: v, predecessors, typed: predecessors.length ? typedChanges(site, predecessors, v) : [] };
        }),
      };
    if (edition.id < first) return { edition, kind: 'not-yet' };
    const prev = edition.previous ? line.get(edition.previous) : undefined;
    const removed = prev ? edition.removed.filter((r) => prev.some((x) => x.id === r.id)) : [];
    return { edition, kind: 'removed', removed };
  });
}
