/**
 * Local notes follow lineage. From the place a note is attached to, each later edition's
 * successor is found (a provision's successors, the section holding its provisions' successors,
 * the same step in the next chart of the process, the same outcome in the tree for the next
 * edition); the note is shown there too. Every change on the way that is not "unchanged" is kept
 * with the placement, so the page can say "the guidance changed here: local note to review".
 * Changes up to the edition a note was last reviewed against do not count.
 */
import { getEdition, getProvision } from '../queries.ts';
import { lineageOf } from '../lineage.ts';
import { treeFamily } from '../trees/family.ts';
import type { ChartModel } from '../flowcharts/types.ts';
import type { LoadedTree } from '../trees/load-trees.ts';
import type { EditionModel, ProvisionModel, SectionModel, Site } from '../types.ts';
import { placeKey, type Ending, type LineageStep, type LocalNoteModel, type Placement, type ReviewKind } from './types.ts';

type Place =
  | { kind: 'provision'; p: ProvisionModel }
  | { kind: 'section'; s: SectionModel }
  | { kind: 'step'; chart: ChartModel; node: string }
  | { kind: 'outcome'; tree: LoadedTree; outcome: string; edition: string };

type Next = { places: { place: Place; steps: LineageStep[] }[] } | { ending: Ending['kind']; reason?: string };

export interface FollowContext { site: Site; charts: ChartModel[]; trees: LoadedTree[] }

const sectionById = (e: EditionModel, id: string) => e.chapters.flatMap((c) => c.sections).find((s) => s.id === id);
const CHANGE_KINDS = new Set<ReviewKind>(['changed', 'reworded', 'moved', 'split', 'merged', 'unconfirmed']);
const kindOf = (p: ProvisionModel): ReviewKind | null =>
  p.from.length === 0 ? 'new-provision' : p.change === 'unchanged' ? null : CHANGE_KINDS.has(p.change as ReviewKind) ? (p.change as ReviewKind) : 'changed';

/** One step per kind, with how many provisions it covers ("3 of its provisions"). */
function summarise(edition: string, provisions: ProvisionModel[], what: string): LineageStep[] {
  const by = new Map<ReviewKind, ProvisionModel[]>();
  for (const q of provisions) { const k = kindOf(q); if (k) by.set(k, [...(by.get(k) ?? []), q]); }
  return [...by].map(([kind, qs]) => ({ edition, kind, detail: qs.length === 1 ? `${what}: ${qs[0].title}${qs[0].note ? ` (${qs[0].note})` : ''}` : `${qs.length} ${what}s` }));
}

function placeOf(place: Place): { at: string; edition: string; path: string; label: string } {
  switch (place.kind) {
    case 'provision': return { at: placeKey.provision(place.p.edition, place.p.id), edition: place.p.edition, path: place.p.path, label: place.p.title };
    case 'section': return { at: placeKey.section(place.s.edition, place.s.id), edition: place.s.edition, path: place.s.path, label: place.s.heading };
    case 'step': {
      const step = place.chart.steps.find((s) => s.node === place.node)!;
      return { at: placeKey.step(place.chart.edition, place.chart.id, place.node), edition: place.chart.edition, path: `${place.chart.path}#step-${step.n}`, label: `Step ${step.n} of “${place.chart.title}”: ${step.label}` };
    }
    case 'outcome': {
      const o = place.tree.tree.variants.find((v) => v.editions.includes(place.edition))!.outcomes.find((x) => x.id === place.outcome)!;
      return { at: placeKey.outcome(place.edition, place.tree.id, place.outcome), edition: place.edition, path: `/trees/${place.tree.id}/#${place.tree.id}-outline-${place.edition}`, label: `“${place.tree.tree.title}”: ${o.title}` };
    }
  }
}

function next(ctx: FollowContext, place: Place, to: EditionModel): Next {
  const l = lineageOf(ctx.site);
  switch (place.kind) {
    case 'provision': {
      const succ = l.successors(place.p).filter((s) => s.edition === to.id);
      if (!succ.length) return { ending: 'removed', reason: to.removed.find((r) => r.id === place.p.id)?.reason };
      return { places: succ.map((s) => ({ place: { kind: 'provision', p: s }, steps: summarise(to.id, [s], 'provision').map((x) => ({ ...x, detail: s.note })) })) };
    }
    case 'section': {
      const old = place.s.provisions;
      const succ = old.flatMap((p) => l.successors(p).filter((s) => s.edition === to.id));
      const ids = new Set([place.s.id, ...succ.map((q) => q.section)]);
      const sections = [...ids].map((id) => sectionById(to, id)).filter((s): s is SectionModel => !!s);
      if (!sections.length) return { ending: 'removed', reason: 'none of its provisions is carried into this edition' };
      const gone = old.filter((p) => !l.successors(p).some((s) => s.edition === to.id));
      const oldIds = new Set(old.map((p) => p.id));
      return {
        places: sections.map((c) => {
          const landed = c.provisions.filter((q) => q.from.some((id) => oldIds.has(id)));
          const steps = summarise(to.id, landed, 'provision');
          const arrived = c.provisions.filter((q) => !landed.includes(q));
          if (arrived.length) steps.push({ edition: to.id, kind: 'new-provision', detail: `${arrived.length} provision${arrived.length > 1 ? 's' : ''} new to the section` });
          if (c.id !== place.s.id) steps.push({ edition: to.id, kind: 'moved', detail: `part of it is now in “${c.heading}”` });
          else if (c.heading !== place.s.heading) steps.push({ edition: to.id, kind: 'heading-changed', detail: `“${place.s.heading}” became “${c.heading}”` });
          if (gone.length && c.id === place.s.id) steps.push({ edition: to.id, kind: 'provisions-removed', detail: `${gone.length} of its provisions not carried forward` });
          return { place: { kind: 'section', s: c } as Place, steps };
        }),
      };
    }
    case 'step': {
      const chart = ctx.charts.find((c) => c.edition === to.id && c.process === place.chart.process);
      if (!chart) return { ending: 'not-charted', reason: `no chart of this process has been drawn for ${to.shortTitle}` };
      const now = chart.steps.find((s) => s.node === place.node);
      if (!now) return { ending: 'removed', reason: `the ${to.id} chart has no such step` };
      const was = place.chart.steps.find((s) => s.node === place.node)!;
      const steps = summarise(to.id, now.cites, 'cited provision');
      if (now.label !== was.label) steps.push({ edition: to.id, kind: 'step-changed', detail: `“${was.label}” became “${now.label}”` });
      return { places: [{ place: { kind: 'step', chart, node: place.node }, steps }] };
    }
    case 'outcome': {
      const family = treeFamily(ctx.trees, place.tree.id);
      const tree = family.find((t) => t.tree.variants.some((v) => v.editions.includes(to.id)));
      if (!tree) return { ending: 'not-in-tree', reason: `the decision tree does not cover ${to.shortTitle} yet` };
      const v2 = tree.tree.variants.find((v) => v.editions.includes(to.id))!;
      const o2 = v2.outcomes.find((o) => o.id === place.outcome);
      if (!o2) return { ending: 'removed', reason: `the tree for ${to.shortTitle} has no such outcome` };
      const o1 = place.tree.tree.variants.find((v) => v.editions.includes(place.edition))!.outcomes.find((o) => o.id === place.outcome)!;
      const cites = o2.cites.map((id) => getProvision(ctx.site, to.id, id)).filter((p): p is ProvisionModel => !!p);
      const steps = summarise(to.id, cites, 'cited provision');
      if (o1.title !== o2.title || o1.text !== o2.text) steps.push({ edition: to.id, kind: 'outcome-changed', detail: o1.title !== o2.title ? `“${o1.title}” became “${o2.title}”` : 'its explanation was rewritten' });
      return { places: [{ place: { kind: 'outcome', tree, outcome: place.outcome, edition: to.id }, steps }] };
    }
  }
}

function startOf(ctx: FollowContext, note: LocalNoteModel): Place | null {
  const t = note.target;
  const e = getEdition(ctx.site, t.edition)!;
  if (t.kind === 'provision') { const p = getProvision(ctx.site, t.edition, t.id); return p ? { kind: 'provision', p } : null; }
  if (t.kind === 'section') { const s = sectionById(e, t.id); return s ? { kind: 'section', s } : null; }
  if (t.kind === 'step') { const chart = ctx.charts.find((c) => c.edition === t.edition && c.id === t.chart); return chart ? { kind: 'step', chart, node: t.node } : null; }
  const tree = ctx.trees.find((x) => x.id === t.tree);
  return tree ? { kind: 'outcome', tree, outcome: t.outcome, edition: t.edition } : null;
}

/** Every place the note is shown, edition by edition, and where its line ends (if it does). */
export function followNote(ctx: FollowContext, note: LocalNoteModel): { placements: Placement[]; ending?: Ending } {
  const start = startOf(ctx, note);
  if (!start) return { placements: [] };
  const settled = note.reviewed?.edition ?? note.edition;
  const counts = (s: LineageStep) => s.edition > settled;
  let frontier: { place: Place; changes: LineageStep[] }[] = [{ place: start, changes: [] }];
  const placements: Placement[] = [];
  const add = (items: typeof frontier) => items.forEach(({ place, changes }) => placements.push({ note, ...placeOf(place), changes }));
  add(frontier);
  let edition = getEdition(ctx.site, note.target.edition)!;
  for (;;) {
    const to = ctx.site.editions.find((e) => e.previous === edition.id);
    if (!to) return { placements };
    const merged = new Map<string, { place: Place; changes: LineageStep[] }>();
    for (const item of frontier) {
      const n = next(ctx, item.place, to);
      if ('ending' in n) {
        if (frontier.length === 1) {
          const last = placements.at(-1)!;
          return { placements, ending: { note, edition: to.id, kind: n.ending, reason: n.reason, last } };
        }
        continue; // one branch of a split ended; the others carry the note on
      }
      for (const { place, steps } of n.places) {
        const key = placeOf(place).at;
        const changes = [...item.changes, ...steps.filter(counts)];
        const had = merged.get(key);
        merged.set(key, { place, changes: had ? [...had.changes, ...changes.filter((c) => !had.changes.some((h) => h.edition === c.edition && h.kind === c.kind))] : changes });
      }
    }
    if (!merged.size) {
      const last = placements.at(-1)!;
      return { placements, ending: { note, edition: to.id, kind: 'removed', last } };
    }
    frontier = [...merged.values()];
    add(frontier);
    edition = to;
  }
}
