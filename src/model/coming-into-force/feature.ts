/**
 * What is coming into force: reads content/coming-into-force.yaml, validates it, and checks it
 * against the site (the edition and provisions exist, affected bodies and sources are known).
 * Warns (does not fail) when an expected date has passed: the entry needs checking.
 */
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { readYamlFile } from '../../content/yaml-file.ts';
import { comingIntoForceFileSchema, type ComingIntoForce } from '../../schemas/coming-into-force.ts';
import type { ContentError } from '../../validation/content-error.ts';
import { zodIssuesToErrors } from '../../validation/zod-issues.ts';
import type { FeatureLoader } from '../features.ts';
import { dayOf, today } from '../in-force.ts';
import { getEdition, getProvision } from '../queries.ts';
import type { Site } from '../types.ts';
import { loadLegalSections } from '../legal-sections/load.ts';
import { oncePerSite, pagesContext } from '../once-per-site.ts';

export interface LoadedComing { entries: (ComingIntoForce & { line: number })[]; errors: ContentError[]; warnings: string[] }

export function loadComingIntoForce(root: string, project: string, site: Site, on = today()): LoadedComing {
  const abs = join(root, 'coming-into-force.yaml');
  if (!existsSync(abs)) return { entries: [], errors: [], warnings: [] };
  const y = readYamlFile(abs, relative(project, abs));
  if ('code' in y) return { entries: [], errors: [y], warnings: [] };
  const parsed = comingIntoForceFileSchema.safeParse(y.data ?? []);
  if (!parsed.success)
    return { entries: [], errors: zodIssuesToErrors(parsed.error.issues, y.file, y.locate, { what: 'Coming into force', where: 'field' }), warnings: [] };
  const errors: ContentError[] = [];
  const warnings: string[] = [];
  const seen = new Set<string>();
  const legal = new Map(loadLegalSections(root, project).sections.map((s) => [s.id, s]));
  const entries = parsed.data.map((c, i) => {
    const err = (path: (string | number)[], message: string, fix: string) =>
      errors.push({ code: 'coming-into-force', file: y.file, line: y.locate([i, ...path]), message: `"${c.id}": ${message}`, fix });
    if (seen.has(c.id)) err(['id'], 'this id is used twice.', 'give each change its own id');
    seen.add(c.id);
    const e = getEdition(site, c.edition);
    if (!e) err(['edition'], `names edition ${c.edition}, which the site does not have.`, 'name an edition on the site');
    else c.provisions.forEach((p, j) => { if (!getProvision(site, c.edition, p)) err(['provisions', j], `will affect "${p}", which edition ${c.edition} does not have.`, `name a provision id of ${c.edition}`); });
    c.affects.forEach((d, j) => { if (!site.dutyHolders.has(d)) err(['affects', j], `affects "${d}", which content/vocabulary/duty-holders.yaml does not list.`, 'name a duty-holder id'); });
    c.sources.forEach((s, j) => { if (!site.sources.has(s)) err(['sources', j], `cites source "${s}", which content/sources/*.yaml does not list.`, 'add the source or correct the id'); });
    // One fact, one place: the sections it changes are named once, in legal-sections.yaml.
    c.sections.forEach((id, j) => {
      const s = legal.get(id);
      if (!s) err(['sections', j], `changes section "${id}", which content/vocabulary/legal-sections.yaml does not list.`, 'add the section there (number and heading as enacted, with its source) or correct the id');
      else if (s.changedBy && s.changedBy.law !== c.law) err(['sections', j], `is a change made by the ${c.law}, but legal-sections.yaml says the ${s.changedBy.law} changes section ${s.section} of the ${s.act}.`, 'correct law: or the section id');
    });
    if (c.sections.length && c.where) err(['where'], 'states where in the law in words as well as by sections:, so the two can disagree.', 'remove where: (the page names the sections from legal-sections.yaml)');
    if (c.expectedDate && dayOf(c.expectedDate) < on)
      warnings.push(`${y.file}:${y.locate([i, 'expectedDate'])}  "${c.id}" was expected by ${c.expectedDate}: check whether it has come into force and update the entry.`);
    return { ...c, line: y.locate([i]) };
  });
  return { entries, errors, warnings };
}

const memoised = oncePerSite((ctx) => loadComingIntoForce(ctx.root, ctx.project, ctx.site));

export const comingIntoForceFeature: FeatureLoader = {
  name: 'coming into force',
  check: (ctx) => memoised(ctx).errors,
  warn: (ctx) => memoised(ctx).warnings,
};

/** The changes coming into force, for pages (after validation passed). */
export function getComingIntoForce(site: Site): LoadedComing['entries'] {
  return memoised(pagesContext(site)).entries;
}

/** What pages and search say of a change's status; a change whose expected date has passed may already apply, so it is never called "not yet in force". */
export const COMING_STATUS_WORDS = { 'awaiting-commencement': 'Law, not yet in force', 'partly-in-force': 'Partly in force', announced: 'Announced, not yet law' } as const;
export const comingStatusOf = (c: ComingIntoForce, on = today()) => (isOverdue(c, on) ? 'Due to have started: check it applies' : COMING_STATUS_WORDS[c.status]);

/** Whether a change's expected date has passed, so it may already apply (pages must not call it "not yet in effect"). */
export const isOverdue = (c: ComingIntoForce, on = today()) => !!c.expectedDate && dayOf(c.expectedDate) <= on;

/** The changes that will affect one provision. */
export function comingFor(site: Site, edition: string, id: string): LoadedComing['entries'] {
  return getComingIntoForce(site).filter((c) => c.edition === edition && c.provisions.includes(id));
}
