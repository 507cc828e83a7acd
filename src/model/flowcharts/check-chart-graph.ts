/**
 * Checks a drawn chart against its walkthrough: Mermaid's own parse errors, placed on the line of
 * the YAML file that holds them; every step names a drawn node; every drawn node is a step.
 */
import type { ContentError } from '../../validation/content-error.ts';
import type { ChartFile } from './load-charts.ts';
import type { DrawnGraph } from './svg-graph.ts';

/** The file line of the first Mermaid line mentioning a node, else the start of the source. */
function lineOfNode(chart: ChartFile, node: string): number {
  const lines = chart.data.mermaid.split('\n');
  const re = new RegExp(`(^|[^\\w-])${node.replace(/[-]/g, '\\-')}([^\\w-]|$)`);
  const i = lines.findIndex((l) => re.test(l));
  return chart.mermaidLine + Math.max(i, 0);
}

/** Turns Mermaid's error into a ContentError at the right line of the chart file. */
export function mermaidError(chart: ChartFile, message: string): ContentError {
  const m = /(?:Parse|Lexical) error on line (\d+)/.exec(message);
  const lines = chart.data.mermaid.split('\n');
  let n = m ? Math.min(Number(m[1]), lines.length) : 1;
  // An error found at the end of the input belongs to the last line written.
  while (n > 1 && !lines[n - 1].trim()) n--;
  const text = lines[n - 1].trim();
  const expecting = /^Expecting (.*), got '(.*)'$/m.exec(message);
  const detail = expecting
    ? `Mermaid expected ${expecting[1].split(', ').slice(0, 3).join(', ')}${expecting[1].split(', ').length > 3 ? ' or another token' : ''} and found ${expecting[2] === '1' ? 'the end of the line' : `'${expecting[2]}'`}`
    : `Mermaid says: ${message.split('\n')[0]}`;
  return {
    code: 'mermaid-syntax',
    file: chart.file,
    line: chart.mermaidLine + n - 1,
    message: `The Mermaid source does not parse at "${text}" (${detail}).`,
    fix: 'correct the flowchart syntax (https://mermaid.js.org/syntax/flowchart.html); if this line looks right, check the one before it (an unclosed bracket or quote shows up on the next line)',
  };
}

export function checkChartGraph(chart: ChartFile, graph: DrawnGraph): ContentError[] {
  const errors: ContentError[] = [];
  const drawn = new Set(graph.nodes.map((n) => n.id));
  const stepped = new Set(chart.data.steps.map((s) => s.node));
  const unstepped = graph.nodes.filter((n) => !stepped.has(n.id)).map((n) => n.id);
  chart.data.steps.forEach((step, i) => {
    if (!drawn.has(step.node))
      errors.push({
        code: 'unknown-node', file: chart.file, line: chart.locate(['steps', i, 'node']),
        message: `Step ${i + 1} names node "${step.node}", which the chart does not draw.`,
        fix: unstepped.length
          ? `use the id of a drawn node not yet in the walkthrough: ${unstepped.join(', ')}`
          : `use a node id from the Mermaid source: ${[...drawn].join(', ')}`,
      });
  });
  // A misspelt step also leaves its node out of the walkthrough: report it once, above.
  if (errors.length) return errors;
  for (const node of graph.nodes)
    if (!stepped.has(node.id))
      errors.push({
        code: 'node-not-in-walkthrough', file: chart.file, line: lineOfNode(chart, node.id),
        message: `Node "${node.id}" is drawn but is not a step of the walkthrough.`,
        fix: `add it to "steps" in its place, with the provision(s) it rests on`,
      });
  for (const node of graph.nodes)
    if (!/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/.test(node.id))
      errors.push({
        code: 'bad-node-id', file: chart.file, line: lineOfNode(chart, node.id),
        message: `Node id "${node.id}" is not lower-case words joined by hyphens.`,
        fix: 'rename the node, e.g. "strategy-discussion" (ids become links and must split cleanly)',
      });
  return errors;
}
