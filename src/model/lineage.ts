/**
 * Lineage across editions, from the authored from="..." links: a provision's predecessors and
 * successors, its whole line of descent (for timelines), and where its subject stands in any
 * other edition (for the edition switcher). Built once per site.
 */
import { getEdition, provisionsOf } from './queries.ts';
import type { EditionModel, ProvisionModel, Site } from './types.ts';

export const keyOf = (p: { edition: string; id: string }) => `${p.edition}:${p.id}`;

export interface Lineage {
  byKey: Map<string, ProvisionModel>;
  /** Provisions of the previous edition this one descends from. */
  predecessors(p: ProvisionModel): ProvisionModel[];
  /** Provisions of the next edition that descend from this one. */
  successors(p: ProvisionModel): ProvisionModel[];
}

const cache = new WeakMap<Site, Lineage>();

export function lineageOf(site: Site): Lineage {
  const hit = cache.get(site);
  if (hit) return hit;
  const byKey = new Map<string, ProvisionModel>();
  const next = new Map<string, ProvisionModel[]>();
  for (const e of site.editions) for (const p of provisionsOf(e)) byKey.set(keyOf(p), p);
  for (const e of site.editions) {
    if (!e.previous) continue;
    for (const p of provisionsOf(e))
      for (const id of p.from) {
        const k = `${e.previous}:${id}`;
        next.set(k, [...(next.get(k) ?? []), p]);
      }
  }
  const lineage: Lineage = {
    byKey,
    predecessors: (p) => {
      const prev = getEdition(site, p.edition)?.previous;
      return prev ? p.from.map((id) => byKey.get(`${prev}:${id}`)).filter((x): x is ProvisionModel => !!x) : [];
    },
    successors: (p) => next.get(keyOf(p)) ?? [],
  };
  cache.set(site, lineage);
  return lineage;
}

/** Every provision in p's line of descent: its ancestors, itself and its descendants, by edition. */
export function lineOfDescent(site: Site, p: ProvisionModel): Map<string, ProvisionModel[]> {
  const l = lineageOf(site);
  const seen = new Map<string, ProvisionModel>([[keyOf(p), p]]);
  const walk = (start: ProvisionModel, step: (x: ProvisionModel) => ProvisionModel[]) => {
    const queue = [start];
    while (queue.length) for (const q of step(queue.shift()!)) if (!seen.has(keyOf(q))) { seen.set(keyOf(q), q); queue.push(q); }
  };
  walk(p, l.predecessors);
  walk(p, l.successors);
  const byEdition = new Map<string, ProvisionModel[]>();
  for (const e of site.editions) {
    const here = [...seen.values()].filter((x) => x.edition === e.id);
    if (here.length) byEdition.set(e.id, here);
  }
  return byEdition;
}

/** Where p's subject stands in another edition. */
export type Counterpart =
  | { kind: 'found'; provisions: ProvisionModel[] }
  | { kind: 'removed'; in: EditionModel; reason: string; see?: string }
  | { kind: 'not-yet'; firstEdition: string };

export function counterpartIn(site: Site, p: ProvisionModel, target: string): Counterpart {
  if (target === p.edition) return { kind: 'found', provisions: [p] };
  const l = lineageOf(site);
  const forward = target > p.edition;
  let frontier = [p];
  let edition = getEdition(site, p.edition)!;
  while (edition.id !== target) {
    const nextEdition = forward ? site.editions.find((e) => e.previous === edition.id) : edition.previous ? getEdition(site, edition.previous) : undefined;
    if (!nextEdition) break;
    const moved = [...new Map(frontier.flatMap((x) => (forward ? l.successors(x) : l.predecessors(x))).map((x) => [keyOf(x), x])).values()];
    if (moved.length === 0) {
      if (!forward) return { kind: 'not-yet', firstEdition: edition.id };
      const removal = nextEdition.removed.find((r) => frontier.some((x) => x.id === r.id));
      return { kind: 'removed', in: nextEdition, reason: removal?.reason ?? 'It has no successor in this edition.', see: removal?.see };
    }
    frontier = moved;
    edition = nextEdition;
  }
  return { kind: 'found', provisions: frontier };
}
