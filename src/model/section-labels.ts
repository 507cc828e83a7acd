/**
 * A section's official paragraph range and printed pages, as labels of their own beside its
 * heading ("Paragraphs 5.1–5.2", "Printed page 13, December 2020 printing") and beside its entry
 * in a chapter's contents ("paras 5.1–5.2"): never run into the heading's or the link's text,
 * where a heading list or a search result would read "Introduction, printed page 13 (...)" or
 * "Child death reviews 1–4".
 */
import { printingName } from './printed-pages.ts';
import type { PrintedPage } from '../schemas/section.ts';

const plural = (label: string) => /[–,-]/.test(label);

/** "Paragraphs 5.1–5.2" or "Paragraph 48". */
export function paragraphsLabel(parasLabel: string): string {
  return `Paragraph${plural(parasLabel) ? 's' : ''} ${parasLabel}`;
}

/** "paras 5.1–5.2" or "para 48", for a short list. */
export function parasShort(parasLabel: string): string {
  return `para${plural(parasLabel) ? 's' : ''} ${parasLabel}`;
}

/** "Printed page 13, December 2020 printing", one label per printing. */
export function printedLabels(pages: PrintedPage[]): string[] {
  return pages.map((p) => `Printed page ${p.page}, ${printingName(p.printing)}`);
}
