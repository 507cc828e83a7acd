/**
 * Two editions' charts of one process, step by step. Steps are matched by node id (authors keep
 * a step's node id when a later edition carries the step forward), and aligned in walkthrough
 * order with the diff library, so the rows read as both charts do.
 */
import { diffArrays } from 'diff';
import type { StepChange } from './prepare-svg.ts';
import type { ChartModel, StepModel } from './types.ts';

export interface CompareRow {
  older?: StepModel;
  newer?: StepModel;
  /** undefined: the same step, worded the same. */
  change?: StepChange;
}

export interface Comparison {
  process: string;
  older: ChartModel;
  newer: ChartModel;
  rows: CompareRow[];
  /** Marks for each chart's drawing, by node id. */
  olderMarks: Map<string, StepChange>;
  newerMarks: Map<string, StepChange>;
  /** /flowcharts/compare/<process>/<older>-<newer>/ */
  path: string;
}

export function compareCharts(older: ChartModel, newer: ChartModel): Comparison {
  const byNode = (c: ChartModel) => new Map(c.steps.map((s) => [s.node, s]));
  const [a, b] = [byNode(older), byNode(newer)];
  const rows: CompareRow[] = [];
  for (const part of diffArrays(older.steps.map((s) => s.node), newer.steps.map((s) => s.node))) {
    for (const node of part.value) {
      if (part.added) rows.push({ newer: b.get(node), change: 'added' });
      else if (part.removed) rows.push({ older: a.get(node), change: 'removed' });
      else {
        const [o, n] = [a.get(node)!, b.get(node)!];
        rows.push({ older: o, newer: n, change: o.label === n.label ? undefined : 'reworded' });
      }
    }
  }
  // A step in both charts but in another place shows twice, marked as moved.
  for (const row of rows) {
    if (row.change === 'removed' && b.has(row.older!.node)) row.change = 'moved';
    if (row.change === 'added' && a.has(row.newer!.node)) row.change = 'moved';
  }
  const marks = (side: 'older' | 'newer') =>
    new Map(rows.filter((r) => r.change && r[side]).map((r) => [r[side]!.node, r.change!]));
  return {
    process: older.process, older, newer, rows,
    olderMarks: marks('older'), newerMarks: marks('newer'),
    path: `/flowcharts/compare/${older.process}/${older.edition}-${newer.edition}/`,
  };
}
