/** Reads a YAML file and remembers where each value stands, so errors can name the line. */
import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument, isNode } from 'yaml';
import type { ContentError } from '../validation/content-error.ts';
import type { Locate } from '../validation/zod-issues.ts';

export interface YamlFile {
  /** The file, relative to the project root. */
  file: string;
  /** The parsed data (plain objects and arrays). */
  data: unknown;
  /** Line of the value at a path, or of its nearest ancestor that exists. */
  locate: Locate;
}

/** Parses a YAML file. A syntax error comes back as a ContentError instead of data. */
export function readYamlFile(absPath: string, relPath: string): YamlFile | ContentError {
  const text = readFileSync(absPath, 'utf8');
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    const err = doc.errors[0];
    return {
      code: 'yaml-syntax',
      file: relPath,
      line: lineCounter.linePos(err.pos[0]).line,
      message: `The YAML does not parse: ${err.message.split('\n')[0]}`,
      fix: 'check indentation and quoting on that line (values containing ": " need quotes)',
    };
  }
  const locate: Locate = (path) => {
    for (let n = path.length; n >= 0; n--) {
      const node = doc.getIn(path.slice(0, n) as (string | number)[], true);
      if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
      // A pair's key stands on the line we want when its value is a nested block.
      const parent = n > 0 ? doc.getIn(path.slice(0, n - 1) as (string | number)[], true) : null;
      if (isNode(parent) && 'items' in parent) {
        const pair = (parent.items as Array<{ key?: { value?: unknown; range?: [number] } }>).find(
          (p) => p?.key?.value === path[n - 1],
        );
        if (pair?.key?.range) return lineCounter.linePos(pair.key.range[0]).line;
      }
    }
    return 1;
  };
  return { file: relPath, data: doc.toJS(), locate };
}
