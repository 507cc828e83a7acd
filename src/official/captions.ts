/**
 * Captions, by their form: "Table 2:", "Flowchart 1 –", or "Figure 3" set apart in bold or another
 * face; never a line that merely starts with such a word. The caption's first word says what it
 * captions.
 */
import type { Line } from './lines.ts';

const STRICT = /^(table|figure|flowchart|diagram|chart|graph|illustration|map)\s+([A-Z]?\d+(?:\.\d+)*[a-z]?|[A-Z])\s*(?:[:.–—|-]\s*\S|$)/i;
const LOOSE = /^(table|figure|flowchart|diagram|chart)\s+([A-Z]?\d+(?:\.\d+)*[a-z]?)\b/i;

/** Is this line a caption, by its form (and, for a bare "Figure 3 Title", by being set apart)? */
export function isCaption(l: Line, bodyFont: string, apart: boolean): boolean {
  if (STRICT.test(l.text)) return apart || l.bold || l.font !== bodyFont;
  return LOOSE.test(l.text) && (l.bold || (apart && l.font !== bodyFont));
}

export type FigureKind = 'table' | 'flowchart' | 'figure';

/** What a caption captions, by its first word. */
export const kindOf = (caption: string, fallback: FigureKind): FigureKind => {
  const w = /^(\w+)/.exec(caption)?.[1].toLowerCase();
  return w === 'table' ? 'table' : w === 'flowchart' ? 'flowchart' : w ? 'figure' : fallback;
};
