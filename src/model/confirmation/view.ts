/**
 * A provision's status as plain, serialisable data for every place that shows it: the badge's
 * label and the term it links to, where the summary shown comes from, what the status rests on,
 * and for "to review" each official change for a word diff. Null for a provision with a summary
 * of its own (it needs no badge).
 */
import { getEdition } from '../queries.ts';
import type { ProvisionModel, Site } from '../types.ts';
import { unconfirmedNote } from '../unconfirmed.ts';
import { contentRoot } from '../content-root.ts';
import { statusOf } from './index.ts';
import { changeHeading, evidenceText, STATUS_LABEL, STATUS_TERM, termHref, type ShownStatus } from './words.ts';

export interface StatusView {
  status: ShownStatus;
  /** The badge's words: "Carried forward, not confirmed". */
  label: string;
  /** Where the term is explained (no base path). */
  explain: string;
  /** "Working Together 2023": the edition the summary shown (or the predecessor) belongs to. */
  fromTitle: string;
  /** The permanent address of that provision (no base path). */
  fromPath: string;
  /** True when the summary shown is that provision's, not one of its own. */
  borrowed: boolean;
  /** One or two sentences: what the status rests on. */
  sentence: string;
  /** A confirmed or changed status rests on a mapping an editor has not checked. */
  proposed: boolean;
  /** For "to review": each change of the official text, with its words before and after. */
  changes: { heading: string; before: string; after: string }[];
}

export function statusView(site: Site, p: ProvisionModel, root = contentRoot()): StatusView | null {
  const s = statusOf(site, p, root);
  if (s.status === 'own') return null;
  const note = unconfirmedNote(site, p);
  const from = getEdition(site, s.from)!;
  const fromTitle = note?.fromTitle ?? from.shortTitle;
  const base = { status: s.status, label: STATUS_LABEL[s.status], explain: termHref(STATUS_TERM[s.status]), fromTitle, fromPath: note?.fromPath ?? from.path, borrowed: !!p.carried };
  if (s.status === 'carried') return { ...base, sentence: note?.text ?? '', proposed: false, changes: [] };
  const sentence = evidenceText(s, p.edition);
  const changes = s.status === 'review'
    ? s.changes.map((ch) => ({ heading: changeHeading(ch, s.from, p.edition), before: ch.was.map((w) => w.text).join(' '), after: ch.now?.text ?? '' }))
    : [];
  return { ...base, sentence, proposed: s.evidence.proposed, changes };
}
