/**
 * One fact, one place: an outcome summarises the provisions it cites, so what it states agrees with
 * them in every edition its variant describes: timescales, must/should (a cited provision must say
 * it), who holds the duty (and on whose behalf), and the items of a list it restates.
 */
import type { ContentError } from '../../validation/content-error.ts';
import { getProvision } from '../queries.ts';
import { disagreements } from '../stated-facts.ts';
import { holderDisagreements } from '../stated-holders.ts';
import { listDisagreements } from '../stated-lists.ts';
import { actsForDisagreements } from '../stated-acts-for.ts';
import { holdersOf } from '../compare/holder-mentions.ts';
import type { ProvisionModel, Site } from '../types.ts';
import type { LoadedTree } from './load-trees.ts';

export function checkTreeFacts(t: LoadedTree, site: Site): ContentError[] {
  const errors: ContentError[] = [];
  t.tree.variants.forEach((v, vi) => v.outcomes.forEach((o, oi) => {
    for (const ed of v.editions) {
      const provisions = o.cites.map((c) => getProvision(site, ed, c)).filter((p): p is ProvisionModel => !!p);
      const text = `${o.title}. ${o.text}`;
      for (const d of actsForDisagreements(site, ed, text, provisions.flatMap((p) => holdersOf(site, p))))
        errors.push({ code: 'acts-for-unrecorded', file: t.file, line: t.locate(['variants', vi, 'outcomes', oi, 'text']), message: `Outcome "${o.id}" (${ed}) ${d}.`, fix: 'say whose duty it is as the cited provisions put it, or, if the guidance says one body acts for another, record it in content/vocabulary/duty-holders.yaml (actsFor)' });
      for (const d of [...disagreements(text, { provisions, summary: true }), ...holderDisagreements(site, ed, text, provisions), ...listDisagreements(text, provisions)])
        errors.push({ code: 'fact-disagrees', file: t.file, line: t.locate(['variants', vi, 'outcomes', oi, 'text']), message: `Outcome "${o.id}" (${ed}) ${d}.`, fix: 'state what the cited provisions state, cite the provision that sets it, or correct that provision\'s structured facts' });
    }
  }));
  return errors;
}
