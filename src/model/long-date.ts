/** Dates as readers write them. Pure: runs in the browser. */
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "18 March 2026"; a month alone ("2023-12") as "December 2023". */
export function longDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d ? `${Number(d)} ` : ''}${MONTHS[Number(m) - 1]} ${y}`;
}

/** "March 2010" from a year and a month number. */
export const monthYear = (year: string, month: number): string => `${MONTHS[month - 1]} ${year}`;
