/** A throwaway project with the base fixture content and a made-up local layer (tests/fixtures/local-base), and optionally one case laid over it. */
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, fixtureContent } from './fixture-content.ts';

export function localFixture(caseName?: string, variant?: 'valid' | 'bad', folder = 'local-cases'): { project: string; root: string; layer: string } {
  const { project, root } = fixtureContent();
  cpSync(join(FIXTURES, 'local-base'), project, { recursive: true, filter: (src) => !src.endsWith('README.md') });
  if (caseName && variant) cpSync(join(FIXTURES, folder, caseName, variant), project, { recursive: true });
  return { project, root, layer: join(project, 'local') };
}
