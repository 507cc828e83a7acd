/**
 * Which edition is in force, worked out from the editions' in-force dates and today's date, so
 * that adding an edition (or reaching its in-force date) moves every page, banner, filter and
 * default with no page edited by hand. The edition in force is the latest whose date has come;
 * each earlier one is superseded by the next whose date has come; a later one is upcoming.
 */
import type { EditionModel } from './types.ts';

export type EditionStatus = 'current' | 'superseded' | 'upcoming';

/** Today as YYYY-MM-DD. WTN_TODAY overrides it (tests, or a build prepared ahead of a date). */
export function today(env: NodeJS.ProcessEnv = process.env): string {
  const set = env.WTN_TODAY;
  if (set && /^\d{4}-\d{2}-\d{2}$/.test(set)) return set;
  return new Date().toISOString().slice(0, 10);
}

/** A date to the day; a month alone ("2023-12") counts from its first day. */
export const dayOf = (iso: string): string => (iso.length === 7 ? `${iso}-01` : iso);

/** Sets status and supersededBy on every edition from the in-force dates. */
export function deriveInForce(editions: EditionModel[], on: string = today()): void {
  const byDate = [...editions].sort((a, b) => dayOf(a.inForce).localeCompare(dayOf(b.inForce)) || a.id.localeCompare(b.id));
  const started = byDate.filter((e) => dayOf(e.inForce) <= on);
  const current = started.at(-1);
  for (const e of byDate) {
    if (dayOf(e.inForce) > on) {
      e.status = 'upcoming';
      e.supersededBy = null;
      continue;
    }
    const i = started.indexOf(e);
    e.status = e === current ? 'current' : 'superseded';
    e.supersededBy = started[i + 1]?.id ?? null;
  }
}
