/**
 * Turns zod's issues into ContentErrors located at the offending field, with a fix.
 * `locate` maps a field path to a line (a YAML key, or an MDX attribute).
 */
import type { z } from 'zod';
import type { ContentError } from './content-error.ts';

export type Locate = (path: PropertyKey[]) => number;

/** What the field should look like, for the fix line. */
function fixFor(issue: z.core.$ZodIssue, field: string, where: string): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? `add ${where === 'attribute' ? `${field}="..."` : `${field}: ...`}; content/README.md says what it holds`
        : `give ${field} a ${issue.expected} value`;
    case 'unrecognized_keys':
      return `remove or rename ${issue.keys.map((k) => `"${k}"`).join(', ')}; content/README.md lists every field`;
    default:
      return issue.message; // our schemas word their messages as the instruction to follow
  }
}

/** Converts each zod issue to a ContentError, in the file, at the line `locate` gives. */
export function zodIssuesToErrors(
  issues: z.core.$ZodIssue[],
  file: string,
  locate: Locate,
  opts: { what: string; where: 'attribute' | 'field' },
): ContentError[] {
  return issues.map((issue) => {
    const field = issue.path.length ? issue.path.map(String).join('.') : opts.what;
    const missing = issue.code === 'invalid_type' && issue.input === undefined;
    const unknown = issue.code === 'unrecognized_keys';
    const message = missing
      ? `${opts.what} is missing its required ${opts.where} "${field}".`
      : unknown
        ? `${opts.what} has unknown ${opts.where}${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}.`
        : `${opts.what}: the value of "${field}" is not accepted.`;
    const linePath = unknown ? [...issue.path, issue.keys[0]] : issue.path;
    return {
      code: missing ? 'missing-field' : unknown ? 'unknown-field' : 'invalid-field',
      file,
      line: locate(linePath),
      message,
      fix: fixFor(issue, field, opts.where),
    };
  });
}
