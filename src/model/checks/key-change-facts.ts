/**
 * One fact, one place: a key change or at-a-glance item summarises the provisions it links
 * (sections count as their provisions), so what it states agrees with them: timescales (the
 * "previous" provisions may supply one it says was replaced), must/should (a provision must say
 * it, in its facts or its summary), who holds the duty, and the items of a list it restates.
 */
import type { ContentError } from '../../validation/content-error.ts';
import { disagreements } from '../stated-facts.ts';
import { holderDisagreements } from '../stated-holders.ts';
import { listDisagreements } from '../stated-lists.ts';
import { anchorsOf, getEdition } from '../queries.ts';
import type { EditionModel, ProvisionModel, Site } from '../types.ts';

const expand = (edition: EditionModel | undefined, ids: string[] = []): ProvisionModel[] =>
  edition ? ids.flatMap((id) => { const a = anchorsOf(edition).get(id); return !a ? [] : 'provisions' in a ? a.provisions : [a]; }) : [];

export function checkKeyChangeFacts(site: Site): ContentError[] {
  const errors: ContentError[] = [];
  for (const e of site.editions) {
    const k = e.keyChanges;
    if (!k) continue;
    const previous = e.previous ? getEdition(site, e.previous) : undefined;
    const items = [
      ...k.atAGlance.map((c, i) => ({ c, key: `atAGlance.${i}`, what: `At-a-glance item ${i + 1}` })),
      ...k.chapters.flatMap((ch, i) => ch.changes.map((c, j) => ({ c, key: `chapters.${i}.changes.${j}`, what: `The ${ch.chapter} key change ${j + 1}` }))),
    ];
    for (const { c, key, what } of items) {
      const provisions = expand(e, c.links);
      if (!provisions.length) continue; // its links are broken: reported by the link check
      const found = [
        ...disagreements(c.text, { provisions, previous: expand(previous, 'previous' in c ? c.previous : []), summary: true }),
        ...holderDisagreements(site, e.id, c.text, provisions),
        ...listDisagreements(c.text, provisions),
      ];
      for (const d of found)
        errors.push({ code: 'fact-disagrees', file: k.file, line: k.lineOf[key] ?? 1, message: `${what} ${d}.`, fix: 'state what the provisions it links state (and mark what they do not confirm), or correct the provision\'s facts (duty, modality, within, every, its list) where a source shows the key change is right' });
    }
  }
  return errors;
}
