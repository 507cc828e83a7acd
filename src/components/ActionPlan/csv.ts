/**
 * The action plan as a CSV file: UTF-8 with a byte-order mark (so Excel shows "·" and "→"),
 * one column per fact of a change and one per entry, CRLF line ends, cells quoted when needed.
 */
export const CSV_COLUMNS = ['Change type', 'Chapter', 'Provision', 'Link', 'What changed', 'Action', 'Lead', 'By when', 'Comments / progress'];

export interface CsvRow {
  type: string;
  chapter: string;
  title: string;
  link: string;
  detail: string;
  entries: string[];
}

function cell(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function planCsv(rows: CsvRow[]): string {
  const lines = [CSV_COLUMNS, ...rows.map((r) => [r.type, r.chapter, r.title, r.link, r.detail, ...r.entries])];
  return `\uFEFF${lines.map((l) => l.map(cell).join(',')).join('\r\n')}\r\n`;
}

/** A provision's link: absolute when the page is served from a web origin, else its path. */
export function linkFor(href: string, where: Location): string {
  return /^https?:$/.test(where.protocol) ? new URL(href, where.href).href : href;
}
