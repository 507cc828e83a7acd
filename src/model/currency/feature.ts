/**
 * How current the site is: content/currency.yaml, validated, cross-checked (the newest edition the
 * check found is one this site covers, and the newest it has), and aged: the build warns, without
 * failing, when the last check is more than 12 months old.
 */
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { readYamlFile } from '../../content/yaml-file.ts';
import { currencySchema, type Currency } from '../../schemas/currency.ts';
import type { ContentError } from '../../validation/content-error.ts';
import { zodIssuesToErrors } from '../../validation/zod-issues.ts';
import type { FeatureLoader } from '../features.ts';
import { today } from '../in-force.ts';
import type { Site } from '../types.ts';
import { checkRevisions } from './revisions.ts';
import { oncePerSite, pagesContext } from '../once-per-site.ts';

export interface LoadedCurrency { currency: Currency | null; errors: ContentError[]; warnings: string[] }

/** Whole months from one day to another (the day of the month decides a partial month). */
export function monthsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number);
  const [ty, tm, td] = to.split('-').map(Number);
  return (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0);
}

export function loadCurrency(root: string, project: string, site: Site, on = today()): LoadedCurrency {
  const abs = join(root, 'currency.yaml');
  const file = relative(project, abs);
  if (!existsSync(abs))
    return { currency: null, errors: [{ code: 'missing-file', file, line: 1, message: 'The site does not say when its content was last checked against the official publication.', fix: 'create content/currency.yaml (see content/README.md, "How current the site is")' }], warnings: [] };
  const y = readYamlFile(abs, file);
  if ('code' in y) return { currency: null, errors: [y], warnings: [] };
  const parsed = currencySchema.safeParse(y.data ?? {});
  if (!parsed.success) return { currency: null, errors: zodIssuesToErrors(parsed.error.issues, y.file, y.locate, { what: 'Currency', where: 'field' }), warnings: [] };
  const c = parsed.data;
  const errors: ContentError[] = [];
  const newestOnSite = [...site.editions].sort((a, b) => a.id.localeCompare(b.id)).at(-1)?.id;
  if (!site.editions.some((e) => e.id === c.newestEdition))
    errors.push({ code: 'currency-edition-missing', file, line: y.locate(['newestEdition']), message: `The last check found edition ${c.newestEdition}, which this site does not cover.`, fix: `add it (npm run new-edition -- --id ${c.newestEdition} ...) before publishing` });
  else if (newestOnSite && c.newestEdition < newestOnSite)
    errors.push({ code: 'currency-stale-edition', file, line: y.locate(['newestEdition']), message: `The last check names ${c.newestEdition} as the newest edition, but the site covers ${newestOnSite}.`, fix: 'check the publication page again and update lastChecked and newestEdition' });
  c.sources.forEach((s, i) => { if (!site.sources.has(s)) errors.push({ code: 'unknown-source', file, line: y.locate(['sources', i]), message: `Currency cites source "${s}", which content/sources/*.yaml does not list.`, fix: 'add the source or correct the id' }); });
  errors.push(...checkRevisions(c, file, y.locate, site));
  const months = monthsBetween(c.lastChecked, on);
  const warnings = months >= 12
    ? [`${file}:${y.locate(['lastChecked'])}  The content was last checked against the official publication on ${c.lastChecked}, ${months} months ago: check GOV.UK for a newer edition or amendment and update lastChecked.`]
    : [];
  return { currency: c, errors, warnings };
}

const memoised = oncePerSite((ctx) => loadCurrency(ctx.root, ctx.project, ctx.site));

export const currencyFeature: FeatureLoader = {
  name: 'currency',
  check: (ctx) => memoised(ctx).errors,
  warn: (ctx) => memoised(ctx).warnings,
};

/** The currency fact, for pages (after validation passed). */
export function getCurrency(site: Site): Currency {
  const cached = memoised(pagesContext(site)).currency;
  if (!cached) throw new Error('content/currency.yaml is missing or invalid: run npm run check:content');
  return cached;
}
