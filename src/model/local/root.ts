/**
 * Where a local layer lives, if the build has one: the folder WTN_LOCAL_DIR names (relative to the
 * working folder), else <project>/local/ when it exists. No folder, no layer: the site is national only.
 * WTN_LOCAL_DIR=none switches a project's local/ folder off for one build.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export function localRoot(project: string, env: NodeJS.ProcessEnv = process.env): string | null {
  const set = env.WTN_LOCAL_DIR?.trim();
  if (set === 'none') return null;
  if (set) return resolve(set);
  const own = join(project, 'local');
  return existsSync(own) ? own : null;
}

/** Where the layer's format is described, for fixes in error messages. */
export const LAYER_GUIDE = 'examples/local/README.md';
