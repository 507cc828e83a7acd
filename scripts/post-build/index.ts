/**
 * Steps that run on the built pages before they are published to dist/. Each returns a list of
 * problems (empty when all is well); any problem stops the build.
 */
import type { Site } from '../../src/model/types.ts';

export interface PostBuildContext {
  /** The staging folder holding the built site. */
  dir: string;
  site: Site;
  /** The base path the site was built under, e.g. "/" or "/guidance/". */
  base: string;
}
export interface PostBuildStep {
  name: string;
  run(ctx: PostBuildContext): Promise<string[]>;
}

import { searchIndex } from './search-index.ts';
import { checkLinks } from './check-links.ts';
import { offline } from './offline.ts';
import { headers } from './headers.ts';

/** In order: the search index first, so the link check and the offline list see its files. */
export const POST_BUILD_STEPS: PostBuildStep[] = [searchIndex, checkLinks, offline, headers];
