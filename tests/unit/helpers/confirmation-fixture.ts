/** Loads the made-up pair of editions (tests/fixtures/confirmation) with made-up official text. */
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { loadSite } from '../../../src/model/index.ts';
import type { Site } from '../../../src/model/types.ts';
import { writeGardenOfficialText, writeReviewedMapping } from '../../fixtures/official/confirmation-fixture.ts';
import { FIXTURES, fixtureContent } from './fixture-content.ts';

export interface GardenOptions {
  /** Write official text (default true). */
  official?: boolean;
  /** 2013 official paragraphs replaced, by number. */
  changes?: Record<string, string>;
  /** Reviewed provision mappings, by edition. */
  reviewed?: Record<string, Record<string, string[]>>;
}

export function gardenSite(options: GardenOptions = {}): { site: Site; root: string } {
  const { project, root } = fixtureContent();
  cpSync(join(FIXTURES, 'confirmation', 'editions'), join(root, 'editions'), { recursive: true });
  if (options.official !== false) writeGardenOfficialText(root, options.changes);
  for (const [edition, entries] of Object.entries(options.reviewed ?? {})) writeReviewedMapping(root, edition, entries);
  process.env.WTN_CONTENT_DIR = root;
  const { site, errors } = loadSite(root, project);
  if (errors.length) throw new Error(errors.map((e) => `${e.file}:${e.line} ${e.message}`).join('\n'));
  return { site, root };
}
