/**
 * The markup of the local notes at one place: the template shared by the Astro pages (set:html)
 * and the decision-tree components (rendered at build time and in the island). Each note is a
 * role="note" block labelled "Local to <partnership>", with its area, its date, the review flag
 * where the guidance changed, its text and its documents. data-area lets a reader's chosen area
 * hide the others (local.css); without a choice, or without JavaScript, every area's note shows,
 * each saying which area it is for.
 */
import type { LocalNoteView } from '../../model/local/views.ts';
import { escapeHtml as e } from '../../model/local/render.ts';

function one(v: LocalNoteView): string {
  const area = v.areas.length ? ` data-area="${e(v.areas.join(' '))}"` : '';
  return [
    `<div class="local-note${v.review ? ' local-note--review' : ''}"${v.anchor ? ` id="${e(v.anchor)}" tabindex="-1"` : ''} role="note" aria-label="${e(v.label)}: ${e(v.areaLabel)}"${area} data-local-note="${e(v.key)}">`,
    `<p class="local-note__label"><span class="tag tag--local">Local</span> <strong>${e(v.label)}</strong>${v.fictional ? ' (a made-up example)' : ''} · ${e(v.areaLabel)} · written <time datetime="${v.writtenIso}">${e(v.written)}</time>${v.reviewed ? ` · ${e(v.reviewed)}` : ''}</p>`,
    v.review ? `<p class="local-note__review" data-local-review><strong>${e(v.review.headline)}</strong> ${e(v.review.detail)}</p>` : '',
    v.title ? `<p class="local-note__title"><strong>${e(v.title)}</strong></p>` : '',
    `<div class="local-note__body">${v.html}</div>`,
    v.documents.length ? `<ul class="local-note__documents">${v.documents.map((d) => `<li><a href="${e(d.href)}">${e(d.title)}</a> (updated ${e(d.updated)})</li>`).join('')}</ul>` : '',
    '</div>',
  ].join('');
}

/** The notes as HTML, in their wrapper; empty when there are none. */
export function localNotesHtml(views: LocalNoteView[]): string {
  return views.length ? `<div class="local-notes" data-local-notes>${localNoteItemsHtml(views)}</div>` : '';
}

/** The notes without their wrapper (a React component supplies it). */
export function localNoteItemsHtml(views: LocalNoteView[]): string {
  return views.map(one).join('');
}
