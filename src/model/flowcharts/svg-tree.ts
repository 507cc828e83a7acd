/** Small helpers for reading and rewriting the SVG Mermaid draws, as a hast tree. */
import { fromHtml } from 'hast-util-from-html';
import type { Element, ElementContent, Root } from 'hast';

export function parseSvg(svg: string): Root {
  return fromHtml(svg, { fragment: true });
}

export const classesOf = (el: Element): string[] => {
  const c: unknown = el.properties.className;
  return Array.isArray(c) ? c.map(String) : typeof c === 'string' ? c.split(/\s+/) : [];
};

/** Every element in document order, with its parent. */
export function* elements(node: Root | Element, parent?: Root | Element): Generator<{ el: Element; parent: Root | Element }> {
  for (const child of node.children as ElementContent[]) {
    if (child.type !== 'element') continue;
    yield { el: child, parent: parent ?? node };
    yield* elements(child, child);
  }
}

/** The text a label shows: SVG text rows (tspans with class "row") joined by spaces. */
export function labelText(el: Element): string {
  const rows: string[] = [];
  const walk = (n: Element, inRow: boolean) => {
    for (const c of n.children) {
      if (c.type === 'text' && inRow) rows[rows.length - 1] += c.value;
      if (c.type !== 'element') continue;
      const isRow = c.tagName === 'tspan' && classesOf(c).includes('row');
      if (isRow) rows.push('');
      walk(c, inRow || isRow);
    }
  };
  walk(el, false);
  return rows.map((r) => r.trim()).filter(Boolean).join(' ').replace(/\s+/g, ' ');
}
