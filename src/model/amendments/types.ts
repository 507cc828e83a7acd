/** One entry of the amendments log, national or local, as the Amendments page and the feeds show it. */
import type { AmendmentKind } from '../../schemas/amendments.ts';

export interface LogEntry {
  id: string;
  /** "national", or the local layer's short name. */
  scope: 'national' | 'local';
  kind: AmendmentKind;
  /** "New edition", "Official amendment", "Correction of our summary", "Currency check", "Local update". */
  kindLabel: string;
  date: string;
  /** The day the entry itself was last corrected (else its date). */
  updated: string;
  title: string;
  summary: string;
  /** Places on the site it concerns (no base path), with labels. */
  links: { path: string; label: string }[];
  /** Local entries: the areas it concerns (empty: every area). */
  areas: string[];
  /** Outside links (local documents). */
  external: { url: string; label: string }[];
}

export const KIND_LABELS: Record<AmendmentKind, string> = {
  edition: 'New edition',
  amendment: 'Official amendment',
  correction: 'Correction of our summary',
  'currency-check': 'Currency check',
  'local-update': 'Local update',
};

/** Newest first: by date, and on the same day the one logged last first (logs are kept oldest first); local after national. */
export const newestFirst = (entries: LogEntry[]) => [...entries].reverse().sort((a, b) => b.date.localeCompare(a.date) || (a.scope === b.scope ? 0 : a.scope === 'local' ? 1 : -1));
