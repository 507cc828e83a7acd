/** The training sessions for pages. */
import { resolve } from 'node:path';
import { contentRoot, getSite } from '../index.ts';
import { loadSessions } from './feature.ts';
import type { SessionModel } from './types.ts';

/** Every session, by file name. Throws (via getSite) if any content is bad. */
export function getSessions(): SessionModel[] {
  const site = getSite();
  return loadSessions({ root: contentRoot(), project: resolve('.'), site }).sessions;
}

export type { SessionModel, PathItem, QuestionModel } from './types.ts';
