/**
 * One fact, one place: a key change or at-a-glance item that states a timescale or must/should
 * agrees with the structured facts of the provisions it links (sections count as their provisions;
 * the "previous" provisions may supply a timescale it says was replaced).
 */
import type { ContentError } from '../../validation/content-error.ts';
import { disagreements } from '../stated-facts.ts';
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
    for (const { c, key, what } of items)
      for (const d of disagreements(c.text, { provisions: expand(e, c.links), previous: expand(previous, 'previous' in c ? c.previous : []) }))
        errors.push({ code: 'fact-disagrees', file: k.file, line: k.lineOf[key] ?? 1, message: `${what} ${d}.`, fix: 'state what the provisions state, or correct the provision\'s structured facts (within, every, modality) if the key change is right; link the provision that sets a timescale' });
  }
  return errors;
}
