/**
 * Resolves each note's place (provision, section, flowchart step or decision-tree outcome) against
 * the national content. A place that does not exist fails with the nearest ids suggested; a
 * provision that a later edition removed says so, with the reason and where to attach instead.
 */
import type { ContentError } from '../../validation/content-error.ts';
import type { LocalNote } from '../../schemas/local-note.ts';
import { anchorsOf, getEdition, provisionsOf, sectionsOf } from '../queries.ts';
import type { ChartModel } from '../flowcharts/types.ts';
import type { LoadedTree } from '../trees/load-trees.ts';
import type { Site } from '../types.ts';
import type { Located } from './load-layer.ts';
import { suggest } from './nearest.ts';
import type { LocalTarget } from './types.ts';

export interface TargetContext {
  site: Site;
  /** The checked charts (none when the flowcharts failed: step notes are then held back). */
  charts: ChartModel[] | null;
  trees: LoadedTree[];
}

export function resolveTarget(n: Located<LocalNote>, ctx: TargetContext, errors: ContentError[]): LocalTarget | null {
  const note = n.data;
  const at = (key: string) => n.locate([n.index, key]);
  const fail = (code: string, key: string, message: string, fix: string) => {
    errors.push({ code, file: n.file, line: at(key), message: `Local note "${note.id}": ${message}`, fix });
    return null;
  };
  const edition = getEdition(ctx.site, note.edition);
  if (!edition) return fail('local-unknown-id', 'edition', `it names edition ${note.edition}, which the site does not have.`, `name one of ${ctx.site.editions.map((e) => e.id).join(', ')}`);
  const label = edition.shortTitle;

  if (note.provision !== undefined) {
    const id = note.provision;
    if (provisionsOf(edition).some((p) => p.id === id)) return { kind: 'provision', edition: edition.id, id };
    if (edition.removed.some((r) => r.id === id)) {
      const r = edition.removed.find((x) => x.id === id)!;
      return fail('local-note-on-removed', 'provision', `provision "${id}" was removed in ${label} (${r.reason.replace(/\.$/, '')}), so there is nothing to attach the note to there.`,
        `attach it to the ${edition.previous} provision (edition: "${edition.previous}") to keep it on that edition${r.see ? `, or to "${r.see}" where its subject went` : ''}, or delete the note`);
    }
    if (sectionsOf(edition).some((s) => s.id === id)) return fail('local-unknown-id', 'provision', `"${id}" is a section of ${label}, not a provision.`, `write section: ${id} instead of provision: ${id}`);
    const elsewhere = ctx.site.editions.filter((e) => provisionsOf(e).some((p) => p.id === id)).map((e) => e.id);
    return fail('local-unknown-id', 'provision', `${label} has no provision "${id}"${elsewhere.length ? ` (editions ${elsewhere.join(', ')} do)` : ''}.`,
      `correct the id: ${suggest(id, provisionsOf(edition).map((p) => p.id), 'see the provision ids on the chapter pages')}`);
  }
  if (note.section !== undefined) {
    const id = note.section;
    if (sectionsOf(edition).some((s) => s.id === id)) return { kind: 'section', edition: edition.id, id };
    if (anchorsOf(edition).has(id)) return fail('local-unknown-id', 'section', `"${id}" is a provision of ${label}, not a section.`, `write provision: ${id} instead of section: ${id}`);
    return fail('local-unknown-id', 'section', `${label} has no section "${id}".`, `correct the id: ${suggest(id, sectionsOf(edition).map((s) => s.id), 'see the section ids on the chapter pages')}`);
  }
  if (note.step !== undefined && note.flowchart !== undefined) {
    if (!ctx.charts) return null; // the flowcharts have problems of their own, reported first
    const charts = ctx.charts.filter((c) => c.edition === edition.id);
    const chart = charts.find((c) => c.id === note.flowchart);
    if (!chart) return fail('local-unknown-id', 'flowchart', `${label} has no flowchart "${note.flowchart}".`, `correct it: ${suggest(note.flowchart, charts.map((c) => c.id), `${label} has no flowcharts`)}`);
    if (!chart.steps.some((s) => s.node === note.step))
      return fail('local-unknown-id', 'step', `the ${edition.id} flowchart "${chart.id}" has no step "${note.step}".`, `correct it: ${suggest(note.step, chart.steps.map((s) => s.node), 'see the chart file')}`);
    return { kind: 'step', edition: edition.id, chart: chart.id, node: note.step };
  }
  if (note.outcome !== undefined && note.tree !== undefined) {
    const tree = ctx.trees.find((t) => t.id === note.tree);
    if (!tree) return fail('local-unknown-id', 'tree', `there is no decision tree "${note.tree}".`, `correct it: ${suggest(note.tree, ctx.trees.map((t) => t.id), 'see content/trees/')}`);
    const variant = tree.tree.variants.find((v) => v.editions.includes(edition.id));
    if (!variant) return fail('local-unknown-id', 'edition', `the tree "${tree.id}" does not cover ${label}.`, `name one of its editions: ${[...tree.tree.editions].sort().join(', ')}`);
    if (!variant.outcomes.some((o) => o.id === note.outcome))
      return fail('local-unknown-id', 'outcome', `the tree "${tree.id}" has no outcome "${note.outcome}" under ${label}.`, `correct it: ${suggest(note.outcome, variant.outcomes.map((o) => o.id), 'see the tree file')}`);
    return { kind: 'outcome', edition: edition.id, tree: tree.id, outcome: note.outcome };
  }
  return null; // the schema has already said the note names no place
}
