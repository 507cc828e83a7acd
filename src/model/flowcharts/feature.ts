/**
 * The flowcharts feature: reads content/flowcharts/, checks every chart against its edition,
 * draws them all (once, cached), checks the drawn graph against the walkthrough, and keeps the
 * result for the pages. Registered in src/model/features.ts, so bad charts fail
 * `npm run check:content` and the build with file, line and the fix.
 */
import { disagreements } from '../stated-facts.ts';
import type { FeatureContext, FeatureLoader } from '../features.ts';
import type { ContentError } from '../../validation/content-error.ts';
import { checkChartFile, type ChartHeader } from './check-chart-file.ts';
import { checkChartGraph, mermaidError } from './check-chart-graph.ts';
import { loadChartFiles, type ChartFile } from './load-charts.ts';
import { renderCharts } from './render-charts.ts';
import { chartPrefix, diagramSource } from './render-config.ts';
import { readGraph, type DrawnGraph } from './svg-graph.ts';
import type { ChartModel, StepModel } from './types.ts';
import { oncePerSite } from '../once-per-site.ts';

export interface Flowcharts {
  charts: ChartModel[];
  /** "<edition>/<id>" of every chart file that exists but has problems (reported in errors). */
  failed: Set<string>;
  errors: ContentError[];
}

function buildSteps(chart: ChartFile, header: ChartHeader, graph: DrawnGraph): StepModel[] {
  const order = new Map(chart.data.steps.map((s, i) => [s.node, i + 1]));
  const drawn = new Map(graph.nodes.map((n) => [n.id, n]));
  return chart.data.steps.map((s, i) => ({
    n: i + 1,
    node: s.node,
    label: drawn.get(s.node)!.label,
    decision: drawn.get(s.node)!.decision,
    cites: header.cites[i],
    next: graph.edges
      .filter((e) => e.from === s.node)
      .map((e) => ({ n: order.get(e.to)!, label: drawn.get(e.to)!.label, via: e.label })),
  }));
}

function load(ctx: FeatureContext): Flowcharts {
  const { charts: files, errors } = loadChartFiles(ctx.root, ctx.project);
  const ready: { chart: ChartFile; header: ChartHeader }[] = [];
  for (const chart of files) {
    const header = checkChartFile(chart, ctx.site, errors);
    if (header) ready.push({ chart, header });
  }
  const jobs = ready.map(({ chart, header }) => ({
    source: diagramSource(chart.data.mermaid, header.title, chart.data.description),
    prefix: chartPrefix(chart.data.edition, chart.id),
  }));
  let drawn: ReturnType<typeof renderCharts> = [];
  try {
    drawn = jobs.length ? renderCharts(jobs) : [];
  } catch (e) {
    errors.push({ code: 'flowcharts-not-drawn', file: ready[0].chart.file, line: 1, message: (e as Error).message.split('\n')[0], fix: 'install Chromium (npm run build does so on Debian) or set CHROMIUM_PATH, then run again' });
    return { charts: [], failed: new Set(files.map((f) => `${f.folder}/${f.id}`)), errors };
  }
  const charts: ChartModel[] = [];
  ready.forEach(({ chart, header }, i) => {
    const result = drawn[i];
    if ('error' in result) return void errors.push(mermaidError(chart, result.error));
    const graph = readGraph(result.svg);
    const problems = checkChartGraph(chart, graph);
    errors.push(...problems);
    if (problems.length || !header.ok) return;
    // One fact, one place: a step that states a timescale or must/should agrees with what it cites.
    buildSteps(chart, header, graph).forEach((step, si) => {
      for (const d of disagreements(step.label, { provisions: step.cites }))
        errors.push({ code: 'fact-disagrees', file: chart.file, line: chart.locate(['steps', si]), message: `Step ${step.n} ("${step.node}") ${d}.`, fix: 'label the step with what the cited provisions state, cite the provision that sets it, or correct its structured facts' });
    });
    charts.push({
      id: chart.id, edition: chart.data.edition, process: chart.data.process, number: chart.data.number,
      title: header.title, official: header.official, titleNote: chart.data.titleNote, chapter: header.chapter,
      description: chart.data.description, sources: chart.data.sources, steps: buildSteps(chart, header, graph),
      svg: result.svg, prefix: jobs[i].prefix, path: `/flowcharts/${chart.data.edition}/${chart.id}/`,
      file: chart.file,
    });
  });
  for (const [i, c] of charts.entries()) {
    const first = charts.findIndex((d) => d.edition === c.edition && d.process === c.process);
    if (first !== i)
      errors.push({ code: 'duplicate-process', file: c.file, line: files.find((f) => f.file === c.file)!.locate(['process']),
        message: `${charts[first].file} already charts process "${c.process}" for edition ${c.edition}.`,
        fix: 'give each chart of an edition its own "process" (charts of one process in different editions share it)' });
  }
  const failed = new Set(files.map((f) => `${f.folder}/${f.id}`).filter((key) => !charts.some((c) => `${c.edition}/${c.id}` === key)));
  return { charts, failed, errors };
}

/** The charts for one loaded site (once: the sessions feature and the pages reuse it). */
export const loadFlowcharts: (ctx: FeatureContext) => Flowcharts = oncePerSite(load);

export const flowchartsFeature: FeatureLoader = {
  name: 'flowcharts',
  check: (ctx) => loadFlowcharts(ctx).errors,
};
