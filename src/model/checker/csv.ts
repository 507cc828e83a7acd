/**
 * The checker's report as CSV: UTF-8 with a byte-order mark (so spreadsheet programs read the
 * curly quotes and dashes right), one row per finding, CRLF line ends, made on the device.
 */
import { STATUS_LABELS, type Finding } from './types.ts';

const KIND_LABELS: Record<Finding['kind'], string> = { citation: 'Citation', term: 'Outdated term', edition: 'Edition reference' };
export const CSV_HEADER = ['Found', 'Kind', 'Lines', 'Points to', 'Status', 'Confirmed in the edition in force', 'What became of it', 'In the edition in force', 'Suggested update', 'Links'];

function cell(value: string): string {
  // A leading =, +, - or @ would run as a formula in a spreadsheet: quote it as text.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function findingsToCsv(findings: Finding[], origin = ''): string {
  const rows = findings.map((f) => [
    f.found,
    KIND_LABELS[f.kind],
    f.lines.join(' '),
    f.pointsTo.label,
    STATUS_LABELS[f.status],
    f.unconfirmed ? 'No: carried forward, not confirmed' : 'Yes',
    [f.detail, ...(f.changes.length ? [`What changed: ${f.changes.join(' ')}`] : [])].join(' '),
    f.successors.map((s) => s.label).join('; '),
    f.suggestion,
    [f.pointsTo.url, ...f.successors.map((s) => s.url)].filter(Boolean).map((u) => origin + u).join(' '),
  ]);
  return '\uFEFF' + [CSV_HEADER, ...rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}
