/**
 * The checker's report as CSV: UTF-8 with a byte-order mark (so spreadsheet programs read the
 * curly quotes and dashes right), one row per finding, CRLF line ends, made on the device.
 */
import { STATUS_LABELS, type Finding } from './types.ts';

const KIND_LABELS: Record<Finding['kind'], string> = { citation: 'Citation', term: 'Outdated term', edition: 'Edition reference', duty: 'Duty that moved' };
export const CSV_HEADER = ['Found', 'Kind', 'Lines', 'Points to', 'Status', 'Confirmed in the edition in force', 'What became of it', 'In the edition in force', 'It may mean (cited edition)', 'Suggested update', 'Links'];

/** Whether the edition in force is confirmed for it: never "Yes" for what was not placed, or removed with nothing in its place. */
export function confirmedCell(f: Finding): string {
  if (f.status === 'not-found') return 'No: not placed, so nothing to confirm';
  if (f.status === 'removed' && !f.successors.length) return 'No: removed, nothing in its place';
  if (f.status === 'removed') return f.unconfirmed ? 'No: removed; where its subject went is carried forward, not confirmed' : 'No: removed; its subject is covered elsewhere';
  return f.unconfirmed ? 'No: carried forward, not confirmed' : 'Yes';
}

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
    confirmedCell(f),
    [f.detail, ...(f.changes.length ? [`What changed: ${f.changes.join(' ')}`] : [])].join(' '),
    f.successors.map((s) => s.label).join('; '),
    (f.nearby ?? []).map((s) => s.label).join('; '),
    f.suggestion,
    [f.pointsTo.url, ...f.successors.map((s) => s.url), ...(f.nearby ?? []).map((s) => s.url)].filter(Boolean).map((u) => (/^https?:/.test(u!) ? u : origin + u)).join(' '),
  ]);
  return '\uFEFF' + [CSV_HEADER, ...rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}
