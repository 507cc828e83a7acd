/**
 * Lineage across editions, from the authored from="..." links (and resumes="...", where a subject
 * comes back after editions without it): a provision's predecessors and successors, its whole line
 * of descent (for timelines), and where its subject stands in any other edition (for the edition
 * switcher). Built once per site.
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
  /** The earlier provision (before the previous edition) whose subject this one takes up again, if any. */
  resumed(p: ProvisionModel): ProvisionModel | undefined;
  /** Provisions of later editions that take this one's subject up again after a gap. */
  resumedBy(p: ProvisionModel): ProvisionModel[];
}

const cache = new WeakMap<Site, Lineage>();

export function lineageOf(site: Site): Lineage {
  const hit = cache.get(site);
  if (hit) return hit;
  const byKey = new Map<string, ProvisionModel>();
  const next = new Map<string, ProvisionModel[]>();
  const resumers = new Map<string, ProvisionModel[]>();
  for (const e of site.editions) for (const p of provisionsOf(e)) byKey.set(keyOf(p), p);
  for (const p of byKey.values()) if (p.resumes) { const k = keyOf(p.resumes); resumers.set(k, [...(resumers.get(k) ?? []), p]); }
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
    resumed: (p) => (p.resumes ? byKey.get(keyOf(p.resumes)) : undefined),
    resumedBy: (p) => resumers.get(keyOf(p)) ?? [],
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
  // A subject that left the guidance and came back (resumes="...") is one line across the gap.
  walk(p, (x) => [...l.predecessors(x), ...[l.resumed(x)].filter((r): r is ProvisionModel => !!r)]);
  walk(p, (x) => [...l.successors(x), ...l.resumedBy(x)]);
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
  const uniq = (xs: ProvisionModel[]) => [...new Map(xs.map((x) => [keyOf(x), x])).values()];
  /** Where the line broke: removed in the edition after `from`, with the removal's reason. */
  const removedAfter = (from: EditionModel, gone: ProvisionModel[]): Counterpart => {
    const inEdition = site.editions.find((e) => e.previous === from.id)!;
    const removal = inEdition.removed.find((r) => gone.some((x) => x.id === r.id));
    return { kind: 'removed', in: inEdition, reason: removal?.reason ?? 'It has no successor in this edition.', see: removal?.see };
  };
  while (edition.id !== target) {
    const nextEdition = forward ? site.editions.find((e) => e.previous === edition.id) : edition.previous ? getEdition(site, edition.previous) : undefined;
    if (!nextEdition) break;
    const moved = uniq(frontier.flatMap((x) => (forward ? l.successors(x) : l.predecessors(x))));
    if (moved.length === 0) {
      // A subject that left the guidance and came back (resumes="..."): jump the gap if the target is beyond it.
      const across = uniq(frontier.flatMap((x) => (forward ? l.resumedBy(x) : [l.resumed(x)].filter((r): r is ProvisionModel => !!r))));
      const landing = across[0] && getEdition(site, across[0].edition)!;
      if (landing && (forward ? target >= landing.id : target <= landing.id)) {
        frontier = across.filter((x) => x.edition === landing.id);
        edition = landing;
        continue;
      }
      if (!forward) return landing ? removedAfter(landing, across) : { kind: 'not-yet', firstEdition: edition.id };
      return removedAfter(edition, frontier);
    }
    frontier = moved;
    edition = nextEdition;
  }
  return { kind: 'found', provisions: frontier };
}
