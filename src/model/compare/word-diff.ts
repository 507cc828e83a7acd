/**
 * An inline word-level diff of two summaries (jsdiff's diffWords), as HTML with <del> and <ins>,
 * each carrying hidden words so screen readers announce what was removed and added.
 */
import { diffWords } from 'diff';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function wordDiffHtml(before: string, after: string): string {
  return diffWords(before, after)
    .map((part) => {
      const text = escape(part.value);
      if (part.added) return `<ins><span class="visually-hidden">[added: </span>${text}<span class="visually-hidden">]</span></ins>`;
      if (part.removed) return `<del><span class="visually-hidden">[removed: </span>${text}<span class="visually-hidden">]</span></del>`;
      return text;
    })
    .join('');
}
