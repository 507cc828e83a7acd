/**
 * The checker: reads a text for Working Together citations, references to editions no longer in
 * force and outdated terms, and says for each what it points to, what became of it in the edition
 * in force, and what to write instead. Repeats are grouped with every line they are on. Pure: it
 * runs in the browser on the reader's own text, which never leaves the device.
 */
import { resolveCitation } from '../../search/resolve-citation.ts';
import type { CitationIndex } from '../../search/citation-index.ts';
import { findCitations, type FoundCitation, type FoundEditionReference } from './find-citations.ts';
import { findTerms, type FoundTerm } from './find-terms.ts';
import { findDuties, type FoundDuty } from './find-duties.ts';
import { citationFinding, dutyFinding, editionFinding, termFinding, type Draft } from './describe.ts';
import type { CheckerData, Finding } from './types.ts';

/** Text as files give it: compatibility forms folded (ligatures, full-width digits), odd spaces made plain. */
export function normaliseText(text: string): string {
  return text.normalize('NFKC').replace(/\u00ad/g, '').replace(/[\u00a0\u2000-\u200b\u202f\u205f\u3000]/g, ' ').replace(/\r\n?/g, '\n');
}

function lineAt(starts: number[], offset: number): number {
  let lo = 0, hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid; else hi = mid - 1;
  }
  return lo + 1;
}

/** About 50 characters either side, cut at a space so no word is broken. */
function contextOf(text: string, start: number, end: number): string {
  let a = Math.max(0, start - 50), b = Math.min(text.length, end + 50);
  while (a > 0 && a < start && !/\s/.test(text[a - 1])) a++;
  while (b < text.length && b > end && !/\s/.test(text[b])) b--;
  return `${a > 0 ? '…' : ''}${text.slice(a, b).replace(/\s+/g, ' ').trim()}${b < text.length ? '…' : ''}`;
}

/**
 * The year a document says it was written or last revised ("version 4, 2017", "Reviewed: March
 * 2016", "Date approved 12/05/2017"), read from its opening lines, or null.
 */
export function documentYear(text: string): number | null {
  const head = text.slice(0, 400);
  const m = /\b(?:version|v\d|updated|reviewed|revised|issued|dated?|approved|published|last review(?:ed)?)\b[^\n]{0,30}?\b((?:19|20)\d{2})\b/i.exec(head);
  return m ? Number(m[1]) : null;
}

export function checkText(input: string, data: CheckerData, index: CitationIndex): Finding[] {
  const text = normaliseText(input);
  const dated = documentYear(text);
  const starts = [0, ...[...text.matchAll(/\n/g)].map((m) => m.index + 1)];
  const found = findCitations(text, index.editions.map((e) => e.id));
  const drafts: { at: FoundCitation | FoundEditionReference | FoundTerm | FoundDuty; draft: Draft | null }[] = [
    ...found.citations.map((c) => ({ at: c, draft: citationFinding(c, resolveCitation(index, c.parsed, null), data, dated) })),
    ...found.editions.map((e) => ({ at: e, draft: editionFinding(e, data) })),
    ...findTerms(text, data.terms).map((t) => ({ at: t, draft: termFinding(t, data) })),
    ...findDuties(text, data.duties ?? []).map((d) => ({ at: d, draft: dutyFinding(d, data) })),
  ];
  drafts.sort((x, y) => x.at.start - y.at.start);
  const groups = new Map<string, Finding>();
  for (const { at, draft } of drafts) {
    if (!draft) continue;
    const line = lineAt(starts, at.start);
    const seen = groups.get(draft.key);
    if (seen) {
      if (!seen.lines.includes(line)) seen.lines.push(line);
      if (!seen.found.split(' · ').includes(at.text)) seen.found += ` · ${at.text}`;
      continue;
    }
    const { key: _key, ...rest } = draft;
    groups.set(draft.key, { ...rest, found: at.text, lines: [line], context: contextOf(text, at.start, at.end) });
  }
  return [...groups.values()];
}
