/**
 * How every chart is drawn: one Mermaid configuration for the whole site, so charts look alike
 * and their rendering can be cached by content. Colours are not set here: the rendered SVG loses
 * Mermaid's own styles and takes the site's (src/components/Flowchart/flowchart.css), so charts
 * follow the reader's high-visibility choice and print in black on white.
 */
import type { MermaidConfig } from 'mermaid';

/** The font the labels are measured in; the stylesheet sets the same one on the SVG. */
export const CHART_FONT = 'Arial, Helvetica, sans-serif';

export const MERMAID_CONFIG: MermaidConfig = {
  theme: 'base',
  fontFamily: CHART_FONT,
  // Plain SVG text (no HTML in foreignObject): prints crisply and needs no inline styles.
  htmlLabels: false,
  securityLevel: 'strict',
  flowchart: { wrappingWidth: 170, nodeSpacing: 28, rankSpacing: 36, padding: 10, curve: 'basis', useMaxWidth: false },
  themeVariables: { fontSize: '15px' },
};

/** The id prefix of one chart's SVG, unique on any page: "fc-2018-referral". */
export function chartPrefix(edition: string, id: string): string {
  return `fc-${edition}-${id}`;
}

/** One line of text Mermaid accepts after accTitle:/accDescr: (no line breaks, no braces). */
const oneLine = (s: string) => s.replace(/[\r\n{}]+/g, ' ').trim();

/**
 * The source Mermaid draws: the authored source, then the title and description for assistive
 * technology. They go last so that Mermaid's line numbers in errors match the authored lines.
 */
export function diagramSource(mermaid: string, title: string, description: string): string {
  return `${mermaid.replace(/\s+$/, '')}\n  accTitle: ${oneLine(title)}\n  accDescr: ${oneLine(description)}\n`;
}
