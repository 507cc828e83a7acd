/**
 * Reads the chart Mermaid actually drew: its nodes (id and label) and edges (from, to, label).
 * Reading the SVG rather than the source means the graph is Mermaid's own parse, not ours.
 * Mermaid names a node's group "<prefix>-flowchart-<node>-<n>" and an edge "L_<from>_<to>_<n>";
 * node ids never contain "_" (the schema forbids it), so both split cleanly.
 */
import type { Element } from 'hast';
import { classesOf, elements, labelText, parseSvg } from './svg-tree.ts';

export interface DrawnNode { id: string; label: string; decision: boolean }
export interface DrawnEdge { from: string; to: string; label?: string }
export interface DrawnGraph { nodes: DrawnNode[]; edges: DrawnEdge[] }

const NODE_ID = /-flowchart-(.+)-\d+$/;
const EDGE_ID = /^L_(.+?)_(.+)_\d+$/;

/** The node id of a Mermaid node group, or undefined for other elements. */
export function nodeIdOf(el: Element): string | undefined {
  if (el.tagName !== 'g' || !classesOf(el).includes('node')) return undefined;
  return NODE_ID.exec(String(el.properties.id ?? ''))?.[1];
}

export function readGraph(svg: string): DrawnGraph {
  const nodes: DrawnNode[] = [];
  const edges = new Map<string, DrawnEdge>();
  for (const { el } of elements(parseSvg(svg))) {
    const node = nodeIdOf(el);
    if (node) {
      const decision = el.children.some((c) => c.type === 'element' && c.tagName === 'polygon');
      nodes.push({ id: node, label: labelText(el), decision });
      continue;
    }
    const dataId = String(el.properties.dataId ?? '');
    const m = EDGE_ID.exec(dataId);
    if (!m) continue;
    const edge = edges.get(dataId) ?? { from: m[1], to: m[2] };
    if (el.tagName === 'g' && classesOf(el).includes('label')) {
      const text = labelText(el);
      if (text) edge.label = text;
    }
    edges.set(dataId, edge);
  }
  return { nodes, edges: [...edges.values()] };
}
