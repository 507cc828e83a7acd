/**
 * An official paragraph's or box's body as HTML: runs of text as paragraphs, lists as printed
 * (lettered and roman sub-paragraphs keep their labels "(a)", "(ii)" as text, so they read and copy
 * as in the PDF; bullets are a plain bulleted list), nested lists inside their items.
 */
import type { OfficialChapterFile } from '../../official/schema.ts';

type Body = Extract<OfficialChapterFile['blocks'][number], { kind: 'para' }>['body'];

export const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The body's HTML; `inline` turns one run of text into HTML (escaping it, linking footnote markers). */
export function bodyHtml(body: Body, inline: (t: string) => string, lead = ''): string {
  const opener = lead && body[0]?.kind !== 'text' ? `<p>${lead}</p>` : '';
  return opener + body.map((p, i) => {
    if (p.kind === 'text') return `<p>${i === 0 ? lead : ''}${inline(p.text)}</p>`;
    const items = p.items.map((item) => {
      const label = p.style === 'bullet' ? '' : `<span class="official-list__label">${escapeHtml(item.label)}</span> `;
      const [first, ...rest] = item.body;
      const head = first?.kind === 'text' ? `${label}${inline(first.text)}` : label;
      return `<li>${head}${bodyHtml(first?.kind === 'text' ? rest : item.body, inline)}</li>`;
    }).join('');
    return p.style === 'bullet' ? `<ul class="official-list">${items}</ul>` : `<ol class="official-list official-list--labelled">${items}</ol>`;
  }).join('');
}
