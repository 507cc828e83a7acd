/**
 * The one way into the content: load -> validate (schemas) -> build (model) -> check.
 * Pages call getSite(); scripts and tests call loadSite() to see every error.
 */
import { resolve } from 'node:path';
import { loadContent } from '../content/load-content.ts';
import { contentRoot } from './content-root.ts';
import { ContentValidationError, type ContentError } from '../validation/content-error.ts';
import { validateContent } from '../validation/validate-content.ts';
import { holdBackFollowOns } from '../validation/held-back.ts';
import { buildSite } from './build-site.ts';
import { checkEditions } from './checks/editions.ts';
import { checkEditionFiles } from './checks/edition-files.ts';
import { checkLineage } from './checks/lineage.ts';
import { checkLinks } from './checks/links.ts';
import { checkParagraphRanges } from './checks/paragraph-ranges.ts';
import { checkReferences } from './checks/references.ts';
import { checkUniqueIds } from './checks/unique-ids.ts';
import { checkKeyChangeFacts } from './checks/key-change-facts.ts';
import { checkPublicationLinks } from './checks/publication-links.ts';
import { checkActsFor } from './checks/acts-for.ts';
import { checkBrokenChains } from './checks/broken-chains.ts';
import { checkCarriedSummaries } from './checks/carried-summaries.ts';
import type { Site } from './types.ts';
import { FEATURES } from './features.ts';

export const CHECKS = [checkEditions, checkEditionFiles, checkUniqueIds, checkParagraphRanges, checkReferences, checkLineage, checkLinks, checkKeyChangeFacts, checkPublicationLinks, checkActsFor, checkBrokenChains, checkCarriedSummaries];

export { contentRoot } from './content-root.ts';

/** Loads, validates and checks a content folder. Returns the model, every error, and warnings that do not fail a build. */
export function loadSite(root = contentRoot(), projectRoot?: string): { site: Site; errors: ContentError[]; warnings: string[] } {
  const raw = loadContent(root, projectRoot);
  const { content, errors } = validateContent(raw);
  const built = buildSite(content);
  const all = [...errors, ...built.errors];
  for (const check of CHECKS) all.push(...check(built.site));
  const project = projectRoot ?? resolve(root, '..');
  const warnings: string[] = [];
  for (const feature of FEATURES) {
    const ctx = { root, project, site: built.site };
    all.push(...feature.check(ctx));
    warnings.push(...(feature.warn?.(ctx) ?? []));
  }
  return { site: built.site, errors: holdBackFollowOns(all, content.unread), warnings };
}

let cached: Site | undefined;

/** The validated site, loaded once per process. Throws with every error if the content is bad. */
export function getSite(): Site {
  if (!cached) {
    const { site, errors } = loadSite();
    if (errors.length > 0) throw new ContentValidationError(errors);
    cached = site;
  }
  return cached;
}

export type * from './types.ts';
