/**
 * The local notes to review against the newest edition: for each note, where it is shown in that
 * edition (or where its line ended), and every change on the way since it was written or last
 * reviewed. What `npm run check:local` lists, and the report a manager works through (Markdown
 * checklist and CSV), so that after a new edition only the notes whose guidance changed are re-read.
 */
import { formatDate } from '../dates.ts';
import { getEdition } from '../queries.ts';
import type { Site } from '../types.ts';
import type { LocalLayer, LocalNoteModel } from './types.ts';
import { changeWords, KIND_WORDS } from './views.ts';

export interface ReviewItem {
  note: LocalNoteModel;
  /** "Every area" or the areas' names. */
  areas: string;
  /** Where it was written: edition title, place, address. */
  from: { edition: string; label: string; path: string };
  /** Where it is shown in the newest edition (empty when its line ended). */
  now: { label: string; path: string }[];
  /** What changed on the way, in words. */
  what: string;
  /** The comparison page of the two editions, for the detail. */
  compare: string;
}

export interface Review {
  /** The newest edition on the site, the one notes are checked against. */
  newest: string;
  total: number;
  items: ReviewItem[];
}

export function reviewLocalNotes(site: Site, layer: LocalLayer): Review {
  const newest = site.editions.map((e) => e.id).sort().at(-1)!;
  const items: ReviewItem[] = [];
  for (const note of layer.notes) {
    const all = [...layer.placements.values()].flat().filter((p) => p.note === note);
    const own = all.find((p) => p.edition === note.target.edition)!;
    const here = all.filter((p) => p.edition === newest);
    const ending = layer.endings.find((e) => e.note === note);
    const flagged = here.filter((p) => p.changes.length);
    if (!ending && !flagged.length) continue;
    const areas = note.everyArea ? 'Every area' : layer.areas.filter((a) => note.areas.includes(a.id)).map((a) => a.name).join(', ');
    const what = ending
      ? [changeWords(site, ending.last.changes), `${getEdition(site, ending.edition)!.shortTitle}: ${KIND_WORDS[ending.kind]}${ending.reason ? ` (${ending.reason})` : ''}`].filter(Boolean).join('; ')
      : [...new Set(flagged.map((p) => changeWords(site, p.changes)))].join(' / ');
    items.push({
      note, areas,
      from: { edition: getEdition(site, note.target.edition)!.shortTitle, label: own.label, path: own.path },
      now: ending ? [] : flagged.map((p) => ({ label: p.label, path: p.path })),
      what,
      compare: `/compare/${note.reviewed?.edition ?? note.target.edition}/${newest}/`,
    });
  }
  return { newest, total: layer.notes.length, items };
}

const moved = (i: ReviewItem) => i.now.length === 0 ? 'not shown in the newest edition' : i.now.map((n) => `${n.label} (${n.path})`).join('; ');

/** The review as plain text lines for the terminal: file:line first, so editors can jump to it. */
export function reviewText(site: Site, r: Review): string {
  const title = getEdition(site, r.newest)!.shortTitle;
  if (!r.items.length) return `All ${r.total} local notes hold for ${title}: nothing to review.`;
  const lines = [`${r.items.length} of ${r.total} local notes to review against ${title}:`, ''];
  for (const i of r.items) {
    lines.push(`${i.note.file}:${i.note.line}  "${i.note.id}" (${i.areas})`);
    lines.push(`    written ${formatDate(i.note.written)} against ${i.from.edition}: ${i.from.label}`);
    lines.push(`    now: ${moved(i)}`);
    lines.push(`    what changed: ${i.what}`);
    lines.push(i.now.length
      ? `    Fix: re-read the note against ${title}; edit it if needed, then add reviewed: { edition: "${r.newest}", on: YYYY-MM-DD } (or attach it to the new place).`
      : `    Fix: attach the note to where its subject went in ${title}, or, to keep it on the older editions only, add reviewed: { edition: "${r.newest}", on: YYYY-MM-DD }; or delete it.`);
    lines.push('');
  }
  return lines.join('\n');
}

/** A checklist a manager can work through: one box per note, with where to look and what changed. */
export function reviewMarkdown(site: Site, layer: LocalLayer, r: Review, origin: string): string {
  const title = getEdition(site, r.newest)!.shortTitle;
  const out = [
    `# Local notes to review against ${title}`,
    '',
    `${layer.name}. ${r.items.length} of ${r.total} local notes rest on guidance that changed since they were written or last reviewed.`,
    'For each: read the national text where the note now sits, compare it with what the note says, change the note if',
    `it no longer holds, then record the review in the note (\`reviewed: { edition: "${r.newest}", on: YYYY-MM-DD }\`).`,
    '',
  ];
  for (const i of r.items) {
    out.push(`- [ ] **${i.note.title ?? i.note.id}** (${i.areas}), \`${i.note.file}:${i.note.line}\``);
    out.push(`  - Written ${formatDate(i.note.written)} against ${i.from.edition}: [${i.from.label}](${origin}${i.from.path})`);
    out.push(i.now.length ? `  - Now shown at: ${i.now.map((n) => `[${n.label}](${origin}${n.path})`).join('; ')}` : `  - Not shown in ${title}: its place was not carried forward.`);
    out.push(`  - What changed: ${i.what}`);
    out.push(`  - All changes between the editions: ${origin}${i.compare}`);
  }
  return `${out.join('\n')}\n`;
}

function cell(value: string): string {
  // A leading =, +, - or @ would run as a formula in a spreadsheet: quote it as text (as the checker's CSV does).
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export const REVIEW_CSV_HEADER = ['Note', 'File', 'Areas', 'Written', 'Written against', 'Attached to', 'Now shown at', 'What changed', 'Comparison', 'Reviewed by', 'Reviewed on'];

/** The same as CSV (UTF-8 with a byte-order mark, CRLF), with blank columns for who reviewed it and when. */
export function reviewCsv(r: Review, origin: string): string {
  const rows = r.items.map((i) => [
    i.note.id, `${i.note.file}:${i.note.line}`, i.areas, i.note.written, i.from.edition, `${i.from.label} (${origin}${i.from.path})`,
    moved(i).replace(/\((\/[^)]*)\)/g, (_, p) => `(${origin}${p})`), i.what, `${origin}${i.compare}`, '', '',
  ]);
  return '\uFEFF' + [REVIEW_CSV_HEADER, ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}
