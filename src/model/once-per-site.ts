/**
 * A feature's content, read and checked once per site model: the build's check and the pages that
 * show it then share one result instead of reading the files again.
 */
import { join } from 'node:path';
import { contentRoot } from './content-root.ts';
import type { FeatureContext } from './features.ts';
import type { Site } from './types.ts';

/** `load`, run once for each site model and remembered while that model lives. */
export function oncePerSite<T>(load: (ctx: FeatureContext) => T): (ctx: FeatureContext) => T {
  const memo = new WeakMap<Site, T>();
  return (ctx) => {
    if (!memo.has(ctx.site)) memo.set(ctx.site, load(ctx));
    return memo.get(ctx.site)!;
  };
}

/** The context pages read a feature in: the site's own content folder (after validation passed). */
export const pagesContext = (site: Site): FeatureContext => ({ root: contentRoot(), project: join(contentRoot(), '..'), site });
