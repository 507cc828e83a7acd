/**
 * Terms the guidance does not use (content/vocabulary/not-in-guidance.yaml) as a feature: read,
 * validated by src/schemas/outside-term.ts, and checked against the site. Each entry's sources and
 * places must exist, no phrase may belong to two entries, and its `usedIn` must agree with our
 * summaries both ways: an edition whose words (summaries, glossary, crosswalk, imported official
 * text) use the term must be listed, and a listed edition must use it. Search shows the entries as
 * notes (getOutsideNotes).
 */
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { readYamlFile } from '../../content/yaml-file.ts';
import { outsideTermsFileSchema, type OutsideTerm } from '../../schemas/outside-term.ts';
import type { OutsideNote } from '../../search/outside-terms-match.ts';
import type { ContentError } from '../../validation/content-error.ts';
import { zodIssuesToErrors } from '../../validation/zod-issues.ts';
import type { FeatureContext, FeatureLoader } from '../features.ts';
import { contentRoot } from '../content-root.ts';
import { anchorsOf, getEdition } from '../queries.ts';
import { loadTerms } from '../terms/index.ts';
import type { Site } from '../types.ts';
import { usagesIn } from './usage.ts';

export const OUTSIDE_TERMS_FILE = join('vocabulary', 'not-in-guidance.yaml');

export interface LoadedOutsideTerms { entries: OutsideTerm[]; errors: ContentError[] }

export function loadOutsideTerms(root: string, project: string, site: Site): LoadedOutsideTerms {
  const abs = join(root, OUTSIDE_TERMS_FILE);
  if (!existsSync(abs)) return { entries: [], errors: [] };
  const y = readYamlFile(abs, relative(project, abs));
  if ('code' in y) return { entries: [], errors: [y] };
  const parsed = outsideTermsFileSchema.safeParse(y.data ?? []);
  if (!parsed.success)
    return { entries: [], errors: zodIssuesToErrors(parsed.error.issues, y.file, y.locate, { what: 'Terms not in the guidance', where: 'field' }) };
  const terms = loadTerms(root, project, site).terms;
  const errors: ContentError[] = [];
  const seen = new Map<string, string>();
  parsed.data.forEach((t, i) => {
    const err = (path: (string | number)[], message: string, fix: string, code = 'outside-term') =>
      errors.push({ code, file: y.file, line: y.locate([i, ...path]), message: `"${t.term}": ${message}`, fix });
    t.typed.forEach((p, j) => {
      const key = p.toLowerCase();
      if (seen.has(key)) err(['typed', j], `"${p}" is also listed under "${seen.get(key)}".`, 'keep each phrase in one entry');
      else seen.set(key, t.term);
    });
    t.sources.forEach((s, j) => { if (!site.sources.has(s)) err(['sources', j], `cites source "${s}", which content/sources/*.yaml does not list.`, 'add the source or correct the id'); });
    t.see.forEach((place, j) => {
      const e = getEdition(site, place.edition);
      if (!e) err(['see', j, 'edition'], `points to edition ${place.edition}, which the site does not have.`, 'name an edition on the site');
      else if (!anchorsOf(e).has(place.id)) err(['see', j, 'id'], `points to "${place.id}", which edition ${place.edition} does not have.`, `name a section or provision id of ${place.edition}`, 'outside-term-broken-link');
    });
    t.usedIn.forEach((id, j) => { if (!getEdition(site, id)) err(['usedIn', j], `says edition ${id} uses it, but the site does not have that edition.`, 'name an edition on the site'); });
    const phrases = [t.term, ...t.typed];
    for (const edition of site.editions) {
      const found = usagesIn(site, edition, phrases, terms);
      const listed = t.usedIn.includes(edition.id);
      if (found.length && !listed)
        err(['usedIn'], `${edition.shortTitle} uses the term (${found.slice(0, 3).map((u) => u.where).join('; ')}), but the entry does not list it.`,
          `add ${edition.id} to usedIn, or reword the summary if the edition does not use the term`);
      if (!found.length && listed)
        err(['usedIn'], `lists ${edition.id}, but nothing this site holds of ${edition.shortTitle} uses the term.`,
          `take ${edition.id} out of usedIn, or add the summary or glossary entry (with its source) that shows the edition uses it`);
    }
  });
  return { entries: parsed.data, errors };
}

export const outsideTermsFeature: FeatureLoader = {
  name: 'terms not in the guidance',
  check: ({ root, project, site }) => loadOutsideTerms(root, project, site).errors,
};

/** The entries as the search box needs them: each place resolved to a label and a site-root path. */
export function outsideNotes(site: Site, entries: OutsideTerm[]): OutsideNote[] {
  return entries.map((t) => ({
    term: t.term, typed: t.typed, about: t.about, usedIn: t.usedIn, guidance: t.guidance, search: t.search,
    ...(t.unsure ? { unsure: t.unsure } : {}),
    see: t.see.flatMap((place) => {
      const e = getEdition(site, place.edition);
      const a = e && anchorsOf(e).get(place.id);
      if (!e || !a) return [];
      return [{ label: `${e.shortTitle}: ${'title' in a ? a.title : a.heading}`, path: a.path }];
    }),
  }));
}

let cached: OutsideTerm[] | undefined;
/** The validated entries, for the search build (after validation passed). */
export function getOutsideTerms(site: Site, ctx?: Pick<FeatureContext, 'root' | 'project'>): OutsideTerm[] {
  cached ??= loadOutsideTerms(ctx?.root ?? contentRoot(), ctx?.project ?? join(contentRoot(), '..'), site).entries;
  return cached;
}
