/**
 * Notes readers see ("Not confirmed: ...", lineage notes, key changes) are written by authors who
 * sometimes name a source by its internal id ("Seed 003 reports ...", "seed-004"). Readers see the
 * source's title instead (linked to its entry on the About page), and "Check the official text."
 * is said once, however the note ends.
 */
import type { Site } from './types.ts';

/** Internal source ids as authors write them in prose: "seed-003", "Seed 003", "seed 004". */
const SOURCE_ID = /\b[Ss]eed[- ](\d{3})\b/g;
const CHECK = /[\s;,:–-]*Check the official (text|wording)\.?\s*$/i;
/** Text that already tells the reader to check the official text ("Check the official text for the detail."). */
const SAYS_CHECK = /\bcheck (?:it |them |this )?(?:against )?the official (?:text|wording)\b/i;

/** True when a summary already says to check the official text, so a note beside it need not. */
export function saysCheckOfficial(text: string): boolean {
  return SAYS_CHECK.test(text.replace(/<[^>]+>/g, ' '));
}

/** A note's text ends with a full stop once its trailing "check the official text" is taken off. */
const ended = (text: string) => (/[.!?:)”’]$/.test(text) || !text ? text : `${text}.`);

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function titleOf(site: Site, digits: string): { id: string; title: string } | undefined {
  const id = `seed-${digits}`;
  const s = site.sources.get(id);
  return s ? { id, title: s.title } : undefined;
}

/** The note as plain text: source ids become "the source's title"; no trailing "Check the official text.". */
export function plainNote(site: Site, text: string): string {
  const stripped = text.replace(CHECK, '');
  return (stripped === text ? text : ended(stripped.trim())).replace(SOURCE_ID, (m, d) => {
    const t = titleOf(site, d);
    return t ? `“${t.title}”` : m;
  });
}

/** The note as HTML for a page: source ids become linked titles; "Check the official text." once at the end. */
export function noteHtml(site: Site, text: string, base: string, check = true): string {
  const withBase = (p: string) => `${base.replace(/\/$/, '')}${p}`;
  const parts: string[] = [];
  let last = 0;
  const stripped = text.replace(CHECK, '');
  const body = check || stripped !== text ? ended(stripped.trim()) : stripped;
  for (const m of body.matchAll(SOURCE_ID)) {
    const t = titleOf(site, m[1]);
    parts.push(escapeHtml(body.slice(last, m.index)));
    parts.push(t ? `<a href="${escapeHtml(withBase(`/about/#source-${t.id}`))}">${escapeHtml(t.title)}</a>` : escapeHtml(m[0]));
    last = m.index! + m[0].length;
  }
  parts.push(escapeHtml(body.slice(last)));
  return `${parts.join('').trim()}${check ? ' Check the official text.' : ''}`;
}
