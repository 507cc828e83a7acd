/**
 * Turns a drawn chart into the SVG a page inlines:
 * - Mermaid's <style> and style attributes go (the site's stylesheet styles charts, so charts
 *   follow the reader's high-visibility choice and a strict Content-Security-Policy holds);
 * - the SVG keeps its natural size (in em, so it follows the reader's text size) and its title
 *   and description for assistive technology;
 * - each node is marked with its step (data-node, data-step) and wrapped in a link to the
 *   provision its step cites first;
 * - on comparison pages, added, removed and reworded steps are marked (data-change).
 */
import { toHtml } from 'hast-util-to-html';
import type { Element, Root } from 'hast';
import { withBase } from '../render-body.ts';
import { classesOf, elements, parseSvg } from './svg-tree.ts';
import { nodeIdOf } from './svg-graph.ts';
import type { ChartModel } from './types.ts';

/** How a step differs between two editions' charts of one process. */
export type StepChange = 'added' | 'removed' | 'reworded' | 'moved';

export interface PrepareOptions {
  /** The site's base path, e.g. "/" or "/guidance/". */
  base: string;
  /** Changes to mark, by node id (comparison pages). */
  changes?: Map<string, StepChange>;
  /** A node to show as the current step without JavaScript (session slides). */
  current?: string;
  /** Appended to every id in the SVG, when one chart appears more than once on a page. */
  idSuffix?: string;
}

export function prepareSvg(chart: ChartModel, opts: PrepareOptions): string {
  const tree: Root = parseSvg(chart.svg);
  const steps = new Map(chart.steps.map((s) => [s.node, s]));
  for (const { el, parent } of [...elements(tree)]) {
    // Mermaid's layout data and inline styles are of no use to readers.
    for (const key of ['style', 'dataPoints', 'dataEt', 'dataEdge', 'dataLook', 'dataId']) delete el.properties[key];
    if (el.tagName === 'style') {
      parent.children = parent.children.filter((c) => c !== el) as typeof parent.children;
      continue;
    }
    if (el.tagName === 'svg') sizeSvg(el);
    if (el.tagName === 'text') spaceRows(el);
    const node = nodeIdOf(el);
    const step = node ? steps.get(node) : undefined;
    if (!step) continue;
    el.properties.dataNode = step.node;
    el.properties.dataStep = String(step.n);
    if (opts.current === step.node) el.properties.className = [...classesOf(el), 'is-current'];
    const change = opts.changes?.get(step.node);
    if (change) el.properties.dataChange = change;
    const link: Element = {
      type: 'element',
      tagName: 'a',
      properties: {
        href: withBase(opts.base, step.cites[0].path),
        className: ['flowchart__link'],
        ariaLabel: `Step ${step.n}: ${step.label}${change ? ` (${change})` : ''}`,
      },
      children: [el],
    };
    parent.children = parent.children.map((c) => (c === el ? link : c)) as typeof parent.children;
  }
  const html = toHtml(tree, { space: 'svg' });
  // Every id Mermaid writes starts with the chart's prefix, so one replacement renames them all.
  return opts.idSuffix ? html.replaceAll(chart.prefix, `${chart.prefix}-${opts.idSuffix}`) : html;
}

/**
 * Mermaid wraps a label into rows (tspans) with no space between them, so "concerned" and "about"
 * on two rows read as "concernedabout" to assistive technology. A space starts each later row.
 */
function spaceRows(text: Element): void {
  const rows = text.children.filter((c): c is Element => c.type === 'element' && classesOf(c).includes('row'));
  for (const row of rows.slice(1)) {
    let first: Element | undefined = row;
    while (first && first.children[0]?.type === 'element') first = first.children[0] as Element;
    const t = first?.children[0];
    if (t?.type === 'text' && !t.value.startsWith(' ')) t.value = ` ${t.value}`;
  }
}

/** "tall" when the chart is much taller than wide: print sets its steps beside it, not below. */
export function chartShape(chart: ChartModel): 'tall' | 'wide' {
  const m = /viewBox="[\d.-]+ [\d.-]+ ([\d.]+) ([\d.]+)"/.exec(chart.svg);
  return m && Number(m[2]) > 1.25 * Number(m[1]) ? 'tall' : 'wide';
}

/** Natural size from the viewBox; CSS scales it down to fit (never up). */
function sizeSvg(svg: Element): void {
  const [, , w, h] = String(svg.properties.viewBox ?? '').split(/\s+/).map(Number);
  // The natural size in em (16 px at the default text size), so a chart grows with the reader's
  // text size and high visibility as the page's text does (flowchart.css sets the em).
  if (w && h) {
    svg.properties.width = `${Math.ceil(w) / 16}em`;
    svg.properties.height = `${Math.ceil(h) / 16}em`;
  }
  svg.properties.className = [...classesOf(svg).filter((c) => c !== 'flowchart'), 'flowchart__svg'];
  svg.properties.ariaRoleDescription = ['flowchart'];
}
