/**
 * Cross-checks for the revisions under way listed in content/currency.yaml: each names an edition
 * this site covers and sources it lists, closes after it opens, and has not opened after the day
 * the content was last checked (a check cannot have seen it). A revision of an edition that has a
 * later edition on the site (in force or upcoming) fails too: the revised edition has probably been
 * added and the entry left behind, and the home page would still call it proposed.
 */
import type { Currency } from '../../schemas/currency.ts';
import type { ContentError } from '../../validation/content-error.ts';
import type { Locate } from '../../validation/zod-issues.ts';
import type { Site } from '../types.ts';
import { dayOf } from '../in-force.ts';
import { getEdition } from '../queries.ts';

export function checkRevisions(c: Currency, file: string, locate: Locate, site: Site): ContentError[] {
  const errors: ContentError[] = [];
  c.revisions.forEach((r, i) => {
    const at = (...path: (string | number)[]) => locate(['revisions', i, ...path]);
    const edition = getEdition(site, r.edition);
    if (!edition)
      errors.push({ code: 'revision-edition-missing', file, line: at('edition'), message: `Revision "${r.id}" would revise edition ${r.edition}, which this site does not cover.`, fix: 'name an edition in content/editions/' });
    const later = edition && site.editions.find((e) => dayOf(e.inForce) > dayOf(edition.inForce));
    if (later)
      errors.push({ code: 'revision-edition-not-newest', file, line: at('edition'), message: `Revision "${r.id}" would revise edition ${r.edition}, but a later edition, ${later.id}, is on this site.`, fix: `if edition ${later.id} is the revised edition, remove this entry; otherwise name the edition it would revise` });
    if (r.closes && r.closes < r.opened)
      errors.push({ code: 'revision-closes-before-it-opens', file, line: at('closes'), message: `Revision "${r.id}" closes on ${r.closes}, before it opened on ${r.opened}.`, fix: 'check both dates against the source' });
    if (r.opened > c.lastChecked)
      errors.push({ code: 'revision-after-check', file, line: at('opened'), message: `Revision "${r.id}" opened on ${r.opened}, after the last check (${c.lastChecked}).`, fix: 'update lastChecked to the day you checked, or correct the date' });
    r.sources.forEach((s, j) => {
      if (!site.sources.has(s)) errors.push({ code: 'unknown-source', file, line: at('sources', j), message: `Revision "${r.id}" cites source "${s}", which content/sources/*.yaml does not list.`, fix: 'add the source or correct the id' });
    });
  });
  return errors;
}
