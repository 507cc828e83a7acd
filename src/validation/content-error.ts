/**
 * One problem in the content, located at file:line, with what to do about it.
 * Every check returns these; the build prints them all and stops before writing anything.
 */

export interface ContentError {
  /** A stable name for the kind of problem, e.g. "duplicate-id" (tests assert on it). */
  code: string;
  /** The file, relative to the project root. */
  file: string;
  /** 1-based line of the offending text. */
  line: number;
  /** What is wrong, in one sentence. */
  message: string;
  /** What to do about it, in one sentence. */
  fix: string;
}

/** Prints one error the way compilers do, so editors can jump to it. */
export function formatError(e: ContentError): string {
  return `${e.file}:${e.line}  ${e.message}\n    Fix: ${e.fix}`;
}

/** Prints every error, sorted by file and line, with a count; a line about problems held back comes last. */
export function formatErrors(errors: ContentError[]): string {
  const held = (e: ContentError) => (e.code === 'held-back' ? 1 : 0);
  const sorted = [...errors].sort((a, b) => held(a) - held(b) || a.file.localeCompare(b.file) || a.line - b.line);
  const n = sorted.length;
  return `${n} content problem${n === 1 ? '' : 's'} found:\n\n${sorted.map(formatError).join('\n\n')}\n`;
}

/** Thrown when content does not validate; carries every error found, not just the first. */
export class ContentValidationError extends Error {
  readonly errors: ContentError[];
  constructor(errors: ContentError[]) {
    super(formatErrors(errors));
    this.name = 'ContentValidationError';
    this.errors = errors;
  }
}
