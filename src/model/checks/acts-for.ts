/**
 * A duty attributed to the wrong body: wherever a provision's summary, a key change or a glossary
 * entry says one body acts "on behalf of" another, the duty-holder vocabulary records that
 * relationship (actsFor). The body acting defaults to the provision's holders (a key change: the
 * provisions it links; a glossary entry: the body it defines, else the provision it is defined at).
 */
import type { ContentError } from '../../validation/content-error.ts';
import { holdersOf } from '../compare/holder-mentions.ts';
import { actsForDisagreements } from '../stated-acts-for.ts';
import { anchorsOf, provisionsOf } from '../queries.ts';
import type { EditionModel, ProvisionModel, Site } from '../types.ts';

const FIX = 'say whose duty it is as the law and the guidance put it (a duty the law places on one body is its own), or, if the guidance says one body acts for another, record it in content/vocabulary/duty-holders.yaml (actsFor)';

const provisionsAt = (e: EditionModel, ids: string[]): ProvisionModel[] =>
  ids.flatMap((id) => { const a = anchorsOf(e).get(id); return !a ? [] : 'provisions' in a ? a.provisions : [a]; });

export function checkActsFor(site: Site): ContentError[] {
  const errors: ContentError[] = [];
  for (const [id, h] of site.dutyHolders)
    for (const other of h.actsFor ?? [])
      if (!site.dutyHolders.has(other)) errors.push({ code: 'acts-for-unrecorded', file: 'content/vocabulary/duty-holders.yaml', line: 1, message: `Duty holder "${id}" acts for "${other}", which the vocabulary does not list.`, fix: 'name a duty-holder id' });
  for (const e of site.editions) {
    const report = (file: string, line: number, what: string, found: string[]) =>
      found.forEach((d) => errors.push({ code: 'acts-for-unrecorded', file, line, message: `${what} ${d}.`, fix: FIX }));
    for (const p of provisionsOf(e)) if (!p.carried) report(p.file, p.line, `Provision "${p.id}"`, actsForDisagreements(site, e.id, p.text, holdersOf(site, p)));
    const k = e.keyChanges;
    if (k) {
      k.atAGlance.forEach((c, i) => report(k.file, k.lineOf[`atAGlance.${i}`] ?? 1, `At-a-glance item ${i + 1}`, actsForDisagreements(site, e.id, c.text, provisionsAt(e, c.links).flatMap((p) => holdersOf(site, p)))));
      k.chapters.forEach((ch, i) => ch.changes.forEach((c, j) => report(k.file, k.lineOf[`chapters.${i}.changes.${j}`] ?? 1, `The ${ch.chapter} key change ${j + 1}`, actsForDisagreements(site, e.id, c.text, provisionsAt(e, c.links).flatMap((p) => holdersOf(site, p))))));
    }
    for (const g of e.glossary) {
      // "Term: meaning" puts the body the entry defines before "on behalf of".
      const at = g.definedAt ? provisionsAt(e, [g.definedAt]).flatMap((p) => holdersOf(site, p)) : [];
      report(g.file, g.line, `The glossary entry "${g.term}"`, actsForDisagreements(site, e.id, `${g.term}: ${g.meaning}`, at));
    }
  }
  return errors;
}
