/** Dates in a local layer and the amendments log: a real calendar day, never a month alone. */
import { z } from 'zod';

/** True when YYYY-MM-DD names a day that exists (not 2026-02-30). */
export function isCalendarDay(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

/** A day, YYYY-MM-DD, that exists in the calendar (e.g. 2026-03-18). */
export const day = z.coerce
  .string()
  .refine(isCalendarDay, { error: 'write the day as YYYY-MM-DD, a date that exists in the calendar (e.g. 2026-03-18)' });
