/**
 * Two editions compared on their official wording, where both are imported: the reviewed alignment
 * (content/official/alignment/OLD-NEW.yaml, entries with reviewed: true) where a person has checked
 * it, else the importer's proposal, marked as unreviewed. Each newer paragraph with its counterpart(s),
 * the kind of change and the two texts; and the older paragraphs removed.
 */
import { alignEditions, type AlignKind } from './align.ts';
import { officialParagraphs } from './align-inputs.ts';
import { getOfficial, officialAlignment, officialParagraphsOf } from './site-official.ts';
import type { Site } from '../model/types.ts';

export interface OfficialPair { kind: AlignKind; reviewed: boolean; now: { number: string; text: string; path: string }; was: { number: string; text: string; path: string }[] }
export interface OfficialComparison { pairs: OfficialPair[]; removed: { number: string; text: string; path: string }[]; reviewed: boolean }

export function bothImported(site: Site, older: string, newer: string): boolean {
  const o = getOfficial(site).chapters;
  return o.has(older) && o.has(newer);
}

export function compareOfficial(site: Site, older: string, newer: string): OfficialComparison {
  const texts = (e: string) => new Map(officialParagraphsOf(site, e).map((x) => [x.para.number, { number: x.para.number, text: x.para.text.replace(/\[\^\d+\]/g, '').trim(), path: x.path }]));
  const a = texts(older), b = texts(newer);
  const reviewed = officialAlignment(older, newer);
  const list = reviewed
    ? { proposals: reviewed.paragraphs.map((p) => ({ new: p.new, old: p.old, kind: p.kind, reviewed: p.reviewed })), removed: reviewed.removed.map((r) => r.old) }
    : (() => {
        const al = alignEditions(officialParagraphs([...getOfficial(site).chapters.get(older)!.values()]), officialParagraphs([...getOfficial(site).chapters.get(newer)!.values()]));
        return { proposals: al.proposals.map((p) => ({ new: p.new, old: p.old, kind: p.kind, reviewed: false })), removed: al.removed };
      })();
  const pairs = list.proposals.flatMap((p) => (b.has(p.new) ? [{ kind: p.kind, reviewed: p.reviewed, now: b.get(p.new)!, was: p.old.flatMap((n) => (a.has(n) ? [a.get(n)!] : [])) }] : []));
  return { pairs, removed: list.removed.flatMap((n) => (a.has(n) ? [a.get(n)!] : [])), reviewed: !!reviewed && pairs.every((p) => p.reviewed) };
}
