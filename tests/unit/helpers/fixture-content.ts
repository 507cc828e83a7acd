/** Builds a throwaway content folder: the base fixture with one case's files laid over it. */
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const FIXTURES = resolve(import.meta.dirname, '../../fixtures');

// A local layer named for a build (WTN_LOCAL_DIR) must not leak into the fixtures: each brings its own.
delete process.env.WTN_LOCAL_DIR;

/** Returns { project, root }: a temp project folder and its content/ folder (cases from `folder`). */
export function fixtureContent(caseName?: string, variant?: 'valid' | 'bad', folder = 'content-cases'): { project: string; root: string } {
  const project = mkdtempSync(join(tmpdir(), 'wtn-fixture-'));
  const root = join(project, 'content');
  cpSync(join(FIXTURES, 'content-base'), root, { recursive: true });
  if (caseName && variant) cpSync(join(FIXTURES, folder, caseName, variant), root, { recursive: true });
  return { project, root };
}
