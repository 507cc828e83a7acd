/**
 * The words readers see for a provision's status, in one place so the badge, the notices, search,
 * trees, charts, comparisons and the review page all say the same thing, and each links to its
 * explanation on the "How to read this site" page.
 */
import type { Confirmation, Evidence, ParagraphChange } from './status.ts';
import { UNCONFIRMED_LABEL } from '../unconfirmed.ts';

/** The page that explains the site's own words (no base path); each term has an anchor there. */
export const HOW_TO_READ = '/how-to-read/';

/** Anchors on the How to read page, one per term. */
export const TERM = {
  provision: 'provision',
  summary: 'summary',
  lineage: 'lineage',
  reworded: 'summary-reworded',
  carried: 'carried-forward',
  confirmed: 'confirmed-unchanged',
  review: 'to-review',
  notConfirmed: 'not-confirmed',
  official: 'official-text',
} as const;

export const termHref = (term: keyof typeof TERM) => `${HOW_TO_READ}#${TERM[term]}`;

/** The badge's words for each status of a provision carried forward. */
export const STATUS_LABEL = {
  carried: UNCONFIRMED_LABEL,
  confirmed: 'Confirmed unchanged',
  review: 'Official text changed: summary to review',
} as const;

export type ShownStatus = keyof typeof STATUS_LABEL;

/** The anchor explaining a status. */
export const STATUS_TERM: Record<ShownStatus, keyof typeof TERM> = { carried: 'carried', confirmed: 'confirmed', review: 'review' };

/** "4.12–4.14, 4.20": official numbers in document order, runs of consecutive numbers joined. */
export function numbersLabel(numbers: string[]): string {
  const parts = numbers.map((n) => { const m = /^(.*?)(\d+)$/.exec(n); return m ? { prefix: m[1], n: Number(m[2]), text: n } : { prefix: n, n: NaN, text: n }; });
  const runs: { first: string; last: string }[] = [];
  parts.forEach((x, i) => {
    const prev = parts[i - 1];
    if (prev && prev.prefix === x.prefix && x.n === prev.n + 1) runs[runs.length - 1].last = x.text;
    else runs.push({ first: x.text, last: x.text });
  });
  return runs.map((r) => (r.first === r.last ? r.first : `${r.first}–${r.last}`)).join(', ');
}

const paragraphs = (numbers: string[]) => `${numbers.length === 1 ? 'paragraph' : 'paragraphs'} ${numbersLabel(numbers)}`;

/** What a status rests on, in one or two sentences (no trailing advice). */
export function evidenceText(c: Extract<Confirmation, { status: 'confirmed' | 'review' }>, edition: string): string {
  const e: Evidence = c.evidence;
  const was = e.older.paragraphs.map((x) => x.number), now = e.newer.paragraphs.map((x) => x.number);
  const same = was.join() === now.join();
  const head = c.status === 'confirmed'
    ? same
      ? `Official ${paragraphs(now)} ${now.length === 1 ? 'is' : 'are'} word for word the same in ${c.from} and ${edition}.`
      : `Official ${paragraphs(was)} of ${c.from} ${was.length === 1 ? 'is' : 'are'} word for word the same as ${paragraphs(now)} of ${edition}.`
    : `The official text changed: ${edition} ${paragraphs(now)} ${now.length === 1 ? 'differs' : 'differ'} from ${c.from} ${paragraphs(was)}, from which this summary was written.`;
  return e.proposed ? `${head} The paragraphs were matched to this summary by their words; an editor has not yet checked the match.` : head;
}

/** One change of a "to review" provision, as a heading for its diff. */
export function changeHeading(ch: ParagraphChange, older: string, newer: string): string {
  if (ch.kind === 'added') return `${newer} paragraph ${ch.now!.number} (new)`;
  if (ch.kind === 'removed') return `${older} paragraph ${ch.was[0].number} (no longer there)`;
  return `${older} ${paragraphs(ch.was.map((w) => w.number))} → ${newer} paragraph ${ch.now!.number}`;
}

/**
 * An edition's (or chapter's) provisions counted in one line, carried-forward ones apart:
 * "224 provisions: 18 new, 2 changed, 1 unchanged; 203 carried forward from 2023 (203 not confirmed)".
 */
export function countsLine(c: { total: number; new: number; changed: number; reworded: number; unchanged: number; carriedForward: number; carried: number; confirmed: number; review: number }, from: string | null): string {
  const head = `${c.total} ${c.total === 1 ? 'provision' : 'provisions'}`;
  if (!from) return head;
  const own = [[c.new, 'new'], [c.changed, 'changed'], [c.reworded, 'reworded or moved'], [c.unchanged, 'unchanged']].filter(([n]) => n).map(([n, w]) => `${n} ${w}`);
  const status = [[c.confirmed, 'confirmed unchanged'], [c.review, 'to review'], [c.carried, 'not confirmed']].filter(([n]) => n).map(([n, w]) => `${n} ${w}`);
  const carried = c.carriedForward ? `${c.carriedForward} carried forward from ${from} (${status.join(', ')})` : '';
  return `${head}: ${[own.join(', '), carried].filter(Boolean).join('; ')}`;
}
