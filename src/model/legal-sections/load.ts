/** Reads content/vocabulary/legal-sections.yaml and validates it; memoised for pages. */
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { readYamlFile } from '../../content/yaml-file.ts';
import { legalSectionsFileSchema, type LegalSection } from '../../schemas/legal-section.ts';
import type { ContentError } from '../../validation/content-error.ts';
import { zodIssuesToErrors, type Locate } from '../../validation/zod-issues.ts';
import { contentRoot } from '../content-root.ts';

export interface LoadedSections { sections: LegalSection[]; file: string; locate: Locate; errors: ContentError[] }

export function loadLegalSections(root: string, project: string): LoadedSections {
  const abs = join(root, 'vocabulary', 'legal-sections.yaml');
  const file = relative(project, abs);
  const none = { sections: [], file, locate: () => 1, errors: [] };
  if (!existsSync(abs)) return none;
  const y = readYamlFile(abs, file);
  if ('code' in y) return { ...none, errors: [y] };
  const parsed = legalSectionsFileSchema.safeParse(y.data ?? []);
  if (!parsed.success) return { ...none, locate: y.locate, errors: zodIssuesToErrors(parsed.error.issues, file, y.locate, { what: 'Legal sections list', where: 'field' }) };
  return { sections: parsed.data, file, locate: y.locate, errors: [] };
}

let cached: LegalSection[] | undefined;
/** The sections, for pages (after validation passed). */
export function getLegalSections(): LegalSection[] {
  cached ??= loadLegalSections(contentRoot(), join(contentRoot(), '..')).sections;
  return cached;
}

/** "section 16EA of the Children Act 2004", the way pages name it. */
export const sectionName = (s: LegalSection) => `section ${s.section} of the ${s.act}`;

/** "Section 3 inserts section 16EA of the Children Act 2004 (“Duty to share information”)": how pages and search describe a section. */
export function describeSection(id: string, sections = getLegalSections()): string {
  const s = sections.find((x) => x.id === id);
  if (!s) return id;
  const what = s.heading ? `“${s.heading}”` : s.about;
  return `${s.changedBy ? `Section ${s.changedBy.section} ${s.changedBy.how} ` : ''}${s.changedBy ? sectionName(s) : sectionName(s).replace(/^s/, 'S')} (${what})`;
}
