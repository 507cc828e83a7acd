/**
 * A local note's text, rendered for one area: paragraphs (blank lines between them) with each
 * {contact:...}, {phone:...} and {document:...} replaced by the area's contact, its number, or a
 * link to the document. The text is the layer's own plain text, escaped; only our markup is HTML.
 */
import type { Contact } from '../../schemas/local-layer.ts';
import { contactOf } from './check-layer.ts';
import { PLACEHOLDER } from './placeholders.ts';
import type { LocalArea, LocalLayer } from './types.ts';

export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export const telHref = (phone: string) => `tel:${phone.replace(/\s+/g, '')}`;

/** A contact in one line of HTML: name, telephone, email, web page and hours. */
export function contactHtml(c: Contact): string {
  const ways = [
    c.phone && `<a href="${telHref(c.phone)}">${escapeHtml(c.phone)}</a>`,
    c.email && `<a href="mailto:${escapeHtml(c.email)}">${escapeHtml(c.email)}</a>`,
    c.url && `<a href="${escapeHtml(c.url)}">${escapeHtml(c.url.replace(/^https:\/\//, '').replace(/\/$/, ''))}</a>`,
  ].filter(Boolean);
  return `<span class="local-contact"><strong>${escapeHtml(c.name)}</strong>, ${ways.join(', ')}${c.hours ? ` (${escapeHtml(c.hours)})` : ''}</span>`;
}

export function contactText(c: Contact): string {
  return [c.name, c.phone, c.email, c.url, c.hours && `(${c.hours})`].filter(Boolean).join(', ');
}

function fill(layer: LocalLayer, area: LocalArea | null, text: string, html: boolean): string {
  let out = '';
  let at = 0;
  for (const m of text.matchAll(PLACEHOLDER)) {
    out += html ? escapeHtml(text.slice(at, m.index)) : text.slice(at, m.index);
    at = m.index! + m[0].length;
    const [, kind, name] = m;
    if (kind === 'document') {
      const d = layer.documents.find((x) => x.id === name)!;
      out += html ? `<a href="${escapeHtml(d.url)}">${escapeHtml(d.title)}</a>` : d.title;
      continue;
    }
    const c = area && contactOf(area.contacts, name);
    if (!c) { out += m[0]; continue; }
    out += kind === 'phone' ? (html ? `<a href="${telHref(c.phone!)}">${escapeHtml(c.phone!)}</a>` : c.phone!) : html ? contactHtml(c) : contactText(c);
  }
  return out + (html ? escapeHtml(text.slice(at)) : text.slice(at));
}

/** The note's paragraphs as HTML for one area (or for every area, when it names no contact). */
export function noteHtml(layer: LocalLayer, area: LocalArea | null, text: string): string {
  return text.split(/\n\s*\n/).map((p) => `<p>${fill(layer, area, p.replace(/\s+/g, ' ').trim(), true)}</p>`).join('');
}

/** The same as plain text (search records, reports). */
export function noteText(layer: LocalLayer, area: LocalArea | null, text: string): string {
  return fill(layer, area, text.replace(/\s+/g, ' ').trim(), false);
}
