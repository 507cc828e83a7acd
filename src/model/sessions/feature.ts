/**
 * The training sessions feature: reads content/sessions/*.yaml, validates each against its schema
 * and checks it against the editions and the flowcharts. Registered in src/model/features.ts
 * (after the flowcharts, whose checked charts it reuses).
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { readYamlFile } from '../../content/yaml-file.ts';
import { sessionSchema } from '../../schemas/session.ts';
import type { ContentError } from '../../validation/content-error.ts';
import { zodIssuesToErrors } from '../../validation/zod-issues.ts';
import type { FeatureContext, FeatureLoader } from '../features.ts';
import { loadFlowcharts } from '../flowcharts/feature.ts';
import { checkSession } from './check-session.ts';
import type { SessionModel } from './types.ts';
import { oncePerSite } from '../once-per-site.ts';

export interface Sessions { sessions: SessionModel[]; errors: ContentError[] }

function load(ctx: FeatureContext): Sessions {
  const dir = join(ctx.root, 'sessions');
  const errors: ContentError[] = [];
  const sessions: SessionModel[] = [];
  if (!existsSync(dir)) return { sessions, errors };
  const { charts, failed } = loadFlowcharts(ctx);
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.yaml')).sort()) {
    const file = relative(ctx.project, join(dir, name));
    const id = name.replace(/\.yaml$/, '');
    const read = readYamlFile(join(dir, name), file);
    if ('code' in read) {
      errors.push(read);
      continue;
    }
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id))
      errors.push({ code: 'bad-file-name', file, line: 1, message: `The session's file name "${id}" is not a usable address.`, fix: 'rename it in lower-case words joined by hyphens' });
    const parsed = sessionSchema.safeParse(read.data);
    if (!parsed.success) {
      errors.push(...zodIssuesToErrors(parsed.error.issues, file, read.locate, { what: 'The session', where: 'field' }));
      continue;
    }
    const session = checkSession({ id, file, data: parsed.data, locate: read.locate }, ctx.site, charts, failed, errors);
    if (session) sessions.push(session);
  }
  return { sessions, errors };
}

/** The sessions for one loaded site (once, for the check and the pages). */
export const loadSessions: (ctx: FeatureContext) => Sessions = oncePerSite(load);

export const sessionsFeature: FeatureLoader = {
  name: 'sessions',
  check: (ctx) => loadSessions(ctx).errors,
};
