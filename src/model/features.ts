/**
 * Feature content beyond the editions (flowcharts, decision trees, training sessions ...) plugs in
 * here, so it is validated in the same single pass as everything else: bad input in any of it
 * fails `npm run check:content` and the build with file, line and the fix.
 *
 * A feature module exports a loader: it reads its own files under content/, validates them with
 * its zod schemas against the (already built) site model, and returns its problems. It keeps its
 * own validated data for its pages (memoised, like getSite()).
 */
import type { ContentError } from '../validation/content-error.ts';
import type { Site } from './types.ts';

export interface FeatureContext {
  /** The content folder (absolute). */
  root: string;
  /** The project folder: error paths are relative to it. */
  project: string;
  /** The edition model, built and checked. */
  site: Site;
}

export interface FeatureLoader {
  /** A name for messages, e.g. "flowcharts". */
  name: string;
  /** Reads and validates the feature's content; returns every problem found. */
  check(ctx: FeatureContext): ContentError[];
  /** Things worth a warning that do not fail the build (e.g. a date that has passed), as "file:line  message". */
  warn?(ctx: FeatureContext): string[];
}

import { termsFeature } from './terms/index.ts';
import { treesFeature } from './trees/feature.ts';
import { flowchartsFeature } from './flowcharts/feature.ts';
import { sessionsFeature } from './sessions/feature.ts';
import { comingIntoForceFeature } from './coming-into-force/feature.ts';
import { currencyFeature } from './currency/feature.ts';
import { legalSectionsFeature } from './legal-sections/feature.ts';
import { outsideTermsFeature } from './outside-terms/feature.ts';
import { amendmentsFeature } from './amendments/feature.ts';
import { localFeature } from './local/feature.ts';
import { movedDutiesFeature } from './checker/moved-duties.ts';

export const FEATURES: FeatureLoader[] = [
  termsFeature,
  treesFeature,
  flowchartsFeature,
  sessionsFeature,
  comingIntoForceFeature,
  currencyFeature,
  legalSectionsFeature,
  outsideTermsFeature,
  amendmentsFeature,
  movedDutiesFeature,
  // Last: a local layer's notes attach to provisions, flowchart steps and tree outcomes checked above.
  localFeature,
];
