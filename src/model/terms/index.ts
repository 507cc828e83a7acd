/**
 * The terminology crosswalk as a feature: content/terms.yaml, validated by src/schemas/term.ts,
 * checked against the site (every edition and definedAt anchor exists, every replaced id is
 * known, each name's declared status in each edition agrees with the content: check-usage.ts),
 * and served to pages and search through getTerms().
 */
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { readYamlFile } from '../../content/yaml-file.ts';
import { termsFileSchema, type Term } from '../../schemas/term.ts';
import type { ContentError } from '../../validation/content-error.ts';
import { zodIssuesToErrors } from '../../validation/zod-issues.ts';
import type { FeatureLoader } from '../features.ts';
import { contentRoot } from '../content-root.ts';
import { anchorsOf, getEdition } from '../queries.ts';
import type { Site } from '../types.ts';
import { checkTermUsage } from './check-usage.ts';

export interface LoadedTerms {
  terms: Term[];
  errors: ContentError[];
}

export function loadTerms(root: string, project: string, site: Site): LoadedTerms {
  const abs = join(root, 'terms.yaml');
  if (!existsSync(abs)) return { terms: [], errors: [] };
  const y = readYamlFile(abs, relative(project, abs));
  if ('code' in y) return { terms: [], errors: [y] };
  const parsed = termsFileSchema.safeParse(y.data ?? []);
  if (!parsed.success)
    return { terms: [], errors: zodIssuesToErrors(parsed.error.issues, y.file, y.locate, { what: 'Terms crosswalk', where: 'field' }) };
  const errors: ContentError[] = [];
  const ids = new Set(parsed.data.map((t) => t.id));
  parsed.data.forEach((t, i) => {
    const err = (message: string, fix: string, path: (string | number)[] = []) =>
      errors.push({ code: 'term-broken-link', file: y.file, line: y.locate([i, ...path]), message: `Term "${t.id}": ${message}`, fix });
    for (const r of t.replaces) if (!ids.has(r)) err(`replaces "${r}", which the crosswalk does not list.`, 'name a term id from content/terms.yaml', ['replaces']);
    for (const r of t.takesIn) if (!ids.has(r)) err(`takes in "${r}", which the crosswalk does not list.`, 'name a term id from content/terms.yaml', ['takesIn']);
    for (const [edition, anchor] of Object.entries(t.definedAt)) {
      const e = getEdition(site, edition);
      if (!e) err(`is defined in edition ${edition}, which the site does not have.`, 'name an edition on the site', ['definedAt', edition]);
      else if (!anchorsOf(e).has(anchor)) err(`is defined at "${anchor}", which edition ${edition} does not have.`, `name a section or provision id of ${edition}`, ['definedAt', edition]);
    }
    for (const s of t.sources) if (!site.sources.has(s)) err(`cites source "${s}", which content/sources/*.yaml does not list.`, 'add the source or correct the id', ['sources']);
  });
  errors.push(...checkTermUsage(site, parsed.data, y.file, y.locate));
  return { terms: parsed.data, errors };
}

export const termsFeature: FeatureLoader = {
  name: 'terms',
  check: ({ root, project, site }) => loadTerms(root, project, site).errors,
};

let cached: Term[] | undefined;
/** The crosswalk, loaded once (pages and the search build use it after validation passed). */
export function getTerms(): Term[] {
  if (!cached) {
    const root = contentRoot();
    const file = join(root, 'terms.yaml');
    const y = existsSync(file) ? readYamlFile(file, 'terms.yaml') : null;
    cached = y && !('code' in y) ? termsFileSchema.parse(y.data ?? []) : [];
  }
  return cached;
}
