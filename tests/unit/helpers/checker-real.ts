/** The real site's checker data and citation index, as /check/ loads them, and a helper that checks a text. */
import { resolve } from 'node:path';
import { getSite } from '../../../src/model/index.ts';
import { contentRoot } from '../../../src/model/content-root.ts';
import { getTerms } from '../../../src/model/terms/index.ts';
import { loadFlowcharts } from '../../../src/model/flowcharts/feature.ts';
import { buildCheckerData } from '../../../src/model/checker/checker-data.ts';
import { checkText } from '../../../src/model/checker/check-text.ts';
import { buildCitationIndex } from '../../../src/search/citation-index.ts';
import { loadShorthand } from '../../../src/search/shorthand.ts';

const site = getSite();
const root = contentRoot();
export const data = buildCheckerData(site, getTerms(), '/');
export const index = buildCitationIndex(site, '/', loadFlowcharts({ root, project: resolve(root, '..'), site }).charts, loadShorthand(root, resolve(root, '..')).entries);
export const check = (text: string) => checkText(text, data, index);
