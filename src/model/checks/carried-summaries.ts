/**
 * A provision carried forward, not confirmed, shows an earlier edition's summary in a later
 * edition, so that summary must read as a statement about whichever edition it sits in:
 * - it may not present its own edition (or one of its updates) as the one that changed things
 *   ("The 2023 edition adds ...", "The February 2024 update brought ..."), and the carrying
 *   provision's title may not call it new or stronger;
 * - predecessorUnsure="replace" needs a carried note to replace.
 */
import type { ContentError } from '../../validation/content-error.ts';
import { getEdition, provisionsOf } from '../queries.ts';
import type { EditionModel, ProvisionModel, Site } from '../types.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Verbs that make their subject the author of a change: "the 2023 edition adds ...". */
const CHANGE_VERB = '(?:adds|added|introduces|introduced|brings|brought|gives|gave|extends|extended|expands|expanded|strengthens|strengthened|replaces|replaced|removes|removed|drops|dropped|updates|updated|amends|amended|corrects|corrected|changes|changed|points|pointed|moves|moved|renames|renamed|clarifies|clarified|makes|made|widens|widened|creates|created)';
/** Words that call something new wherever they stand in a sentence naming the edition. */
const NEWNESS = /\b(?:new|now|for the first time|no longer)\b/i;
/** Words in a title that present the provision as new or changed. */
const TITLE_NEWNESS = /\b(?:new|now|stronger|larger|wider|greater|fewer|extended|expanded|strengthened|added|introduced)\b/i;

/** The ways a summary names edition `e` or one of its updates: "the 2023 edition", "the edition", "the February 2024 update". */
function editionReference(e: EditionModel): string {
  const updates = e.amendments.map((a) => {
    const [year, month] = String(a.date).split('-');
    return `|(?:the )?${MONTHS[Number(month) - 1]} ${year} (?:update|amendment|revision|changes)`;
  });
  return `(?:(?:the )?${e.id} (?:edition|guidance|text|version|update)|Working Together ${e.id}|(?:the|this) (?:edition|update)${updates.join('')})`;
}

/** The first sentence of a summary that presents edition `e` as making a change, if any. */
export function presentsAsNew(text: string, e: EditionModel): string | undefined {
  const ref = editionReference(e);
  const subject = new RegExp(`\\b${ref}\\s+(?:\\w+\\s+){0,2}?${CHANGE_VERB}\\b`, 'i');
  const named = new RegExp(`\\b${ref}\\b`, 'i');
  return text.split(/(?<=[.;:])\s+/).find((s) => subject.test(s) || (named.test(s) && NEWNESS.test(s)));
}

const short = (s: string) => (s.length > 90 ? `${s.slice(0, 87)}...` : s);

export function checkCarriedSummaries(site: Site): ContentError[] {
  const errors: ContentError[] = [];
  const byKey = new Map(site.editions.flatMap((e) => provisionsOf(e).map((p) => [`${e.id}:${p.id}`, p] as const)));
  for (const edition of site.editions) {
    if (!edition.previous) continue;
    for (const p of provisionsOf(edition)) {
      if (p.change !== 'unconfirmed') continue;
      const source: ProvisionModel | undefined = p.carried ? byKey.get(`${p.carried.edition}:${p.carried.id}`) : p;
      const from = getEdition(site, p.carried?.edition ?? edition.previous);
      if (!source || !from) continue;
      const sentence = presentsAsNew(source.text, from);
      if (sentence)
        errors.push({
          code: 'carried-summary-reads-as-new', file: p.file, line: p.line,
          message: p.carried
            ? `Provision "${p.id}" shows the ${from.id} summary (${source.file}:${source.line}), which says "${short(sentence)}": on a ${edition.id} page that reads as new in ${edition.id}.`
            : `Provision "${p.id}" is carried forward from ${from.id}, but its summary says "${short(sentence)}": on a ${edition.id} page that reads as new in ${edition.id}.`,
          fix: p.carried
            ? `reword the ${from.id} summary so it holds in any later edition (e.g. "Since the ${from.id} edition, ..."), keeping what changed in its note and key changes; or give the ${edition.id} provision a neutral summary of its own (it stays change="unconfirmed")`
            : `say what the provision says without presenting ${from.id} as the edition that changed it (e.g. "Since the ${from.id} edition, ...")`,
        });
      if (TITLE_NEWNESS.test(p.title))
        errors.push({
          code: 'carried-summary-reads-as-new', file: p.file, line: p.line,
          message: `Provision "${p.id}" is carried forward from ${from.id} and not confirmed, but its title "${p.title}" presents it as new or changed in ${edition.id}.`,
          fix: `give it a title that names its subject only (a change belongs to the ${from.id} provision, its note and the key changes)`,
        });
      if (p.predecessorUnsure === 'replace' && !(p.carried && source.unsure))
        errors.push({
          code: 'nothing-to-replace', file: p.file, line: p.line,
          message: `Provision "${p.id}" says predecessorUnsure="replace", but ${p.carried ? `the ${from.id} summary it shows has no unsure note` : 'it has a summary of its own, so no note is carried'}.`,
          fix: 'remove predecessorUnsure="replace"',
        });
    }
  }
  return errors;
}
