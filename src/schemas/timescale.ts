/** A timescale the guidance sets, e.g. "15 working days", parsed into a value and a unit. */
import { z } from 'zod';

export const TIME_UNITS = ['hours', 'days', 'working days', 'weeks', 'months', 'years'] as const;
export type TimeUnit = (typeof TIME_UNITS)[number];

export interface Timescale {
  /** How many units, e.g. 15. */
  value: number;
  /** The unit, always plural: "working days", "hours", "months" ... */
  unit: TimeUnit;
}

const PATTERN = /^(\d+)\s+(hours?|days?|working days?|weeks?|months?|years?)$/;

/** "15 working days" -> { value: 15, unit: "working days" }; "1 month" -> { value: 1, unit: "months" }. */
export const timescale = z
  .string()
  .trim()
  .regex(PATTERN, {
    error: 'write a number and a unit, e.g. "15 working days", "24 hours", "3 months" (units: hours, days, working days, weeks, months, years)',
  })
  .transform((text): Timescale => {
    const m = PATTERN.exec(text)!;
    const unit = (m[2].endsWith('s') ? m[2] : `${m[2]}s`) as TimeUnit;
    return { value: Number(m[1]), unit };
  });

/** Prints a timescale for readers: "15 working days", "1 working day". */
export function formatTimescale(t: Timescale): string {
  return `${t.value} ${t.value === 1 ? t.unit.replace(/s$/, '') : t.unit}`;
}
