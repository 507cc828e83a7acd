/**
 * Errors lead with their cause. When a chapter file does not parse, or a section or provision fails
 * its schema, the ids it would have defined are missing, and every check that looks for them reports
 * it again (a lineage gap in the previous edition, a broken link, a tree citing it ...). Those
 * follow-on problems are held back, and one line says how many and why; the causes are listed.
 */
import type { ContentError } from './content-error.ts';

/** What a record that could not be read would have defined: its ids, and the ids its provisions descend from. */
export interface Unread { ids: Set<string>; froms: Set<string> }

/** Problems that only ever report an id that is missing or a lineage gap. */
const FOLLOW_ON = new Set([
  'unknown-predecessor', 'lineage-incomplete', 'broken-link', 'key-change-broken-link', 'term-broken-link',
  'glossary-broken-link', 'unknown-provision', 'coming-into-force', 'unknown-removal', 'lineage-inconsistent',
  'unknown-section', 'unknown-range', 'fact-disagrees', 'held-back', 'key-change-unknown-chapter', 'unknown-chapter',
  'outside-term-broken-link',
  // The amendments log and a local layer name sections and provisions by id too.
  'amendments-unknown-place', 'local-unknown-id',
]);

/** Problems worked out over the whole content (term usage, likely broken chains): held back while any record is unread. */
const WHOLE_CONTENT = new Set(['term-status-disagrees', 'lineage-likely-broken']);

/** Scans raw MDX text for the ids and predecessors it defines (for a file that does not parse). */
export function idsInText(text: string): Unread {
  const ids = new Set([...text.matchAll(/<(?:P|Section)\b[^>]*?\bid="([a-z0-9-]+)"/g)].map((m) => m[1]));
  const froms = new Set([...text.matchAll(/\bfrom="([a-z0-9\s-]+)"/g)].flatMap((m) => m[1].trim().split(/\s+/)));
  return { ids, froms };
}

/** The ids a message names: quoted ("icpc-timing"), or hyphenated ids in a list (icpc-timing, icpc-purpose). */
const named = (message: string) => [...message.matchAll(/"([a-z0-9-]+)"|\b([a-z0-9]+(?:-[a-z0-9]+)+)\b/g)].map((m) => m[1] ?? m[2]);

export function holdBackFollowOns(errors: ContentError[], unread: Unread): ContentError[] {
  if (unread.ids.size === 0 && unread.froms.size === 0) return errors;
  const followOn = (e: ContentError) => {
    if (WHOLE_CONTENT.has(e.code)) return true;
    if (!FOLLOW_ON.has(e.code)) return false;
    const ids = named(e.message);
    if (e.code === 'lineage-incomplete') return ids.some((id) => unread.froms.has(id));
    return ids.some((id) => unread.ids.has(id));
  };
  const causes = errors.filter((e) => !followOn(e));
  const held = errors.length - causes.length;
  if (held === 0) return errors;
  const first = [...causes].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line)[0];
  return [...causes, {
    code: 'held-back', file: first?.file ?? 'content', line: first?.line ?? 1,
    message: `${held} more problem${held === 1 ? '' : 's'} held back: ${held === 1 ? 'it follows' : 'they follow'} only from the records above that could not be read (the ids they define are missing).`,
    fix: 'fix the problems listed, then run again to see anything that remains',
  }];
}
