/**
 * The flowcharts for pages: every checked chart, looked up by edition, address or process, and
 * the comparisons between consecutive editions' charts of the same process.
 */
import { resolve } from 'node:path';
import { contentRoot, getSite } from '../index.ts';
import { compareCharts, type Comparison } from './compare.ts';
import { loadFlowcharts } from './feature.ts';
import type { ChartModel } from './types.ts';

/** The order of charts without an official number, as the processes follow one another. */
const PROCESS_ORDER = ['referral', 'immediate-protection', 'assessment', 'strategy-discussion', 'after-conference', 'returning-home', 'serious-case-review', 'serious-incident-review', 'child-death-review', 'rapid-response'];
const rank = (c: ChartModel) => [c.edition, c.number ?? 100, PROCESS_ORDER.indexOf(c.process) >>> 0, c.id] as const;

/** Every chart: by edition, numbered charts in their order, then ours in process order. */
export function getFlowcharts(): ChartModel[] {
  const site = getSite();
  const charts = loadFlowcharts({ root: contentRoot(), project: resolve('.'), site }).charts;
  return [...charts].sort((a, b) => {
    const [x, y] = [rank(a), rank(b)];
    return x[0].localeCompare(y[0]) || x[1] - y[1] || x[2] - y[2] || x[3].localeCompare(y[3]);
  });
}

export function chartsOfEdition(edition: string): ChartModel[] {
  return getFlowcharts().filter((c) => c.edition === edition);
}

export function getChart(edition: string, id: string): ChartModel | undefined {
  return getFlowcharts().find((c) => c.edition === edition && c.id === id);
}

/** For each chart, its comparison with the latest earlier edition's chart of the same process. */
export function getComparisons(): Comparison[] {
  const charts = getFlowcharts();
  const out: Comparison[] = [];
  for (const newer of charts) {
    const older = charts
      .filter((c) => c.process === newer.process && c.edition < newer.edition)
      .sort((a, b) => b.edition.localeCompare(a.edition))[0];
    if (older) out.push(compareCharts(older, newer));
  }
  return out;
}

export type { ChartModel, StepModel } from './types.ts';
export type { Comparison } from './compare.ts';
