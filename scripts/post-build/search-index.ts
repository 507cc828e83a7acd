/**
 * Builds the search index into the staging site: a Pagefind index of one record per provision and
 * one per edition fact, key change, glossary or crosswalk term, change coming into force and
 * revision under way (through Pagefind's Node API, so any indexing error fails the build), the citation index and
 * the synonyms the search box uses (the terms crosswalk and practitioners' shorthand from
 * content/vocabulary/shorthand.yaml), and the notes on terms the guidance does not use
 * (content/vocabulary/not-in-guidance.yaml). Files: pagefind/, search/citations.json,
 * search/synonyms.json, search/not-in-guidance.json, search/sections.json (the sections of Acts the site describes).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as pagefind from 'pagefind';
import { buildCitationIndex } from '../../src/search/citation-index.ts';
import { buildSearchRecords } from '../../src/search/records.ts';
import { buildSynonyms } from '../../src/search/synonyms.ts';
import { loadShorthand } from '../../src/search/shorthand.ts';
import { getTerms } from '../../src/model/terms/index.ts';
import { getComingIntoForce } from '../../src/model/coming-into-force/feature.ts';
import { getCurrency } from '../../src/model/currency/feature.ts';
import { getOutsideTerms, outsideNotes } from '../../src/model/outside-terms/feature.ts';
import { contentRoot } from '../../src/model/content-root.ts';
import { getLegalSections } from '../../src/model/legal-sections/load.ts';
import type { KnownSection } from '../../src/search/nearby-sections.ts';
import { loadFlowcharts } from '../../src/model/flowcharts/feature.ts';
import type { PostBuildStep } from './index.ts';
import { recordAnchorProblems } from './search-record-anchors.ts';

export const searchIndex: PostBuildStep = {
  name: 'Search index',
  async run({ dir, site, base }) {
    const problems: string[] = [];
    const root = contentRoot();
    const shorthand = loadShorthand(root, resolve(root, '..'));
    if (shorthand.errors.length) return shorthand.errors.map((e) => `${e.file}:${e.line}  ${e.message} Fix: ${e.fix}`);
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
    if (!index) return [`Pagefind could not start: ${errors.join('; ')}`];
    try {
      const records = buildSearchRecords(site, { terms: getTerms(), coming: getComingIntoForce(site), revisions: getCurrency(site).revisions });
      const unanchored = recordAnchorProblems(dir, records);
      if (unanchored.length) return unanchored;
      for (const record of records) {
        const r = await index.addCustomRecord(record);
        if (r.errors.length) problems.push(`Pagefind refused the record for ${record.url}: ${r.errors.join('; ')}`);
      }
      const written = await index.writeFiles({ outputPath: join(dir, 'pagefind') });
      if (written.errors.length) problems.push(`Pagefind could not write its files: ${written.errors.join('; ')}`);
      mkdirSync(join(dir, 'search'), { recursive: true });
      const charts = loadFlowcharts({ root, project: resolve(root, '..'), site }).charts;
      writeFileSync(join(dir, 'search', 'citations.json'), JSON.stringify(buildCitationIndex(site, base, charts, shorthand.entries)));
      writeFileSync(join(dir, 'search', 'synonyms.json'), JSON.stringify(buildSynonyms(getTerms(), shorthand.entries)));
      writeFileSync(join(dir, 'search', 'not-in-guidance.json'), JSON.stringify(outsideNotes(site, getOutsideTerms(site))));
      const sections: KnownSection[] = getLegalSections().map((s) => ({ section: s.section.replace(/\(\d+\)$/, ''), act: s.act, what: s.heading ? `“${s.heading}”` : s.about }));
      writeFileSync(join(dir, 'search', 'sections.json'), JSON.stringify(sections));
      if (records.length === 0) problems.push('The search index is empty: the site has no provisions.');
    } finally {
      await pagefind.close();
    }
    return problems;
  },
};
