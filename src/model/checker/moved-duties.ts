/**
 * Duties that moved between bodies (content/vocabulary/moved-duties.yaml) as a feature: validated
 * against the site (every edition, provision and source exists), and, for the checker, each with
 * where its latest provision stands in the edition in force. Build time only.
 */
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { readYamlFile } from '../../content/yaml-file.ts';
import { movedDutiesFileSchema, type MovedDuty } from '../../schemas/moved-duty.ts';
import type { ContentError } from '../../validation/content-error.ts';
import { zodIssuesToErrors } from '../../validation/zod-issues.ts';
import { contentRoot } from '../content-root.ts';
import type { FeatureContext, FeatureLoader } from '../features.ts';
import { getEdition, getProvision } from '../queries.ts';
import type { EditionModel, Site } from '../types.ts';
import { placeOf, provisionFate } from './fates.ts';
import type { DutyData } from './types.ts';

export const MOVED_DUTIES_FILE = join('vocabulary', 'moved-duties.yaml');

export function loadMovedDuties({ root, project, site }: FeatureContext): { duties: MovedDuty[]; errors: ContentError[] } {
  const abs = join(root, MOVED_DUTIES_FILE);
  if (!existsSync(abs)) return { duties: [], errors: [] };
  const y = readYamlFile(abs, relative(project, abs));
  if ('code' in y) return { duties: [], errors: [y] };
  const parsed = movedDutiesFileSchema.safeParse(y.data ?? []);
  if (!parsed.success) return { duties: [], errors: zodIssuesToErrors(parsed.error.issues, y.file, y.locate, { what: 'Moved duties', where: 'field' }) };
  const errors: ContentError[] = [];
  parsed.data.forEach((d, i) => {
    const err = (path: (string | number)[], message: string, fix: string) => errors.push({ code: 'moved-duty-broken-link', file: y.file, line: y.locate([i, ...path]), message: `Moved duty "${d.id}": ${message}`, fix });
    for (const [edition, id] of Object.entries(d.was)) {
      if (!getEdition(site, edition)) err(['was', edition], `names edition ${edition}, which the site does not have.`, 'name an edition on the site');
      else if (!getProvision(site, edition, id)) err(['was', edition], `names provision "${id}", which edition ${edition} does not have.`, `name a provision id of ${edition}`);
    }
    d.sources.forEach((s, j) => { if (!site.sources.has(s)) err(['sources', j], `cites source "${s}", which content/sources/*.yaml does not list.`, 'use a listed source id'); });
  });
  return { duties: errors.length ? [] : parsed.data, errors };
}

export const movedDutiesFeature: FeatureLoader = { name: 'moved duties', check: (ctx) => loadMovedDuties(ctx).errors };

/** The moved duties for the checker: phrases, and where the latest provision that set each out stands now. */
export function movedDutiesData(site: Site, base: string, current: EditionModel, root = contentRoot()): DutyData[] {
  const { duties } = loadMovedDuties({ root, project: join(root, '..'), site });
  return duties.map((d) => {
    const [edition, id] = Object.entries(d.was).sort(([a], [b]) => b.localeCompare(a))[0];
    const p = getProvision(site, edition, id)!;
    const was = Object.entries(d.was).sort(([a], [b]) => a.localeCompare(b)).map(([e, pid]) => placeOf(site, base, getProvision(site, e, pid)!));
    return { id: d.id, phrases: d.phrases, context: d.context, note: d.note, was, fate: provisionFate(site, base, p, current) };
  });
}
