/**
 * Where each edition uses each name of the terminology crosswalk, worked out from the content
 * itself: the edition's glossary (the terms it defines), chapter titles, section headings and the
 * titles and summaries of its provisions. A name found only in provisions carried forward
 * unconfirmed (change="unconfirmed"), or in headings marked unsure, is "not confirmed" for the
 * edition; found nowhere, "not used". Where names overlap, the one that runs further wins, as
 * English puts the head of a name last: "Child Safeguarding Practice Review Panel" (not "child
 * safeguarding practice review") in "the national Child Safeguarding Practice Review Panel", and
 * "lead safeguarding partners" (not "safeguarding partners").
 */
import type { Term } from '../../schemas/term.ts';
import { provisionsOf } from '../queries.ts';
import type { EditionModel, Site } from '../types.ts';

export type ComputedStatus = 'used' | 'not-confirmed' | 'not-used';

/** One place an edition's content uses a name. */
export interface Evidence {
  file: string;
  line: number;
  /** For messages: 'provision "early-help-value"', 'the glossary entry "Early help"'. */
  what: string;
  confirmed: boolean;
}

/** A name as the crosswalk lists it; its key is "<term id>/<index of the name>". */
interface Name { key: string; term: string; acronym?: string }

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Patterns for a name: in full (any case, plural, hyphens or spaces between words), and its acronym (as capitals). */
function patternsOf(n: Name): RegExp[] {
  const words = n.term.split(/\s+/).map(escape).join(String.raw`[\s-]+`);
  const out = [new RegExp(String.raw`\b${words}(?:s|es)?\b`, 'gi')];
  if (n.acronym) out.push(new RegExp(String.raw`\b${escape(n.acronym)}(?:s|'s|’s)?\b`, 'g'));
  return out;
}

/** The keys of the names a text uses; of two that overlap, the one ending later (then the longer) wins. */
function namesIn(text: string, names: { n: Name; res: RegExp[] }[]): Set<string> {
  const found: { start: number; end: number; key: string }[] = [];
  for (const { n, res } of names) for (const re of res) for (const m of text.matchAll(re)) found.push({ start: m.index, end: m.index + m[0].length, key: n.key });
  found.sort((a, b) => b.end - a.end || a.start - b.start);
  const kept: typeof found = [];
  for (const f of found) if (!kept.some((k) => f.start < k.end && k.start < f.end)) kept.push(f);
  return new Set(kept.map((k) => k.key));
}

/** The texts of an edition that can use a term, each with where it stands and whether it is confirmed. */
function textsOf(e: EditionModel): { text: string; evidence: Omit<Evidence, 'confirmed'>; confirmed: boolean }[] {
  const out: ReturnType<typeof textsOf> = [];
  for (const g of e.glossary)
    out.push({ text: [g.term, g.acronym].filter(Boolean).join(' '), evidence: { file: g.file, line: g.line, what: `the glossary entry "${g.term}"` }, confirmed: true });
  for (const c of e.chapters) {
    out.push({ text: c.title, evidence: { file: c.file, line: 1, what: `the title of ${c.label}` }, confirmed: !c.unsure });
    for (const s of c.sections) out.push({ text: s.heading, evidence: { file: s.file, line: s.line, what: `the heading of section "${s.id}"` }, confirmed: !s.unsure });
  }
  for (const p of provisionsOf(e))
    out.push({ text: `${p.title}\n${p.text}`, evidence: { file: p.file, line: p.line, what: `provision "${p.id}"` }, confirmed: p.change !== 'unconfirmed' });
  return out;
}

export interface TermUsage {
  /** Where each name ("<term id>/<index>") is used in each edition: edition -> evidence. */
  evidence(termId: string, nameIndex: number, edition: string): Evidence[];
  status(termId: string, nameIndex: number, edition: string): ComputedStatus;
}

export function computeUsage(site: Site, terms: Term[]): TermUsage {
  const names = terms.flatMap((t) => t.names.map((n, i) => ({ key: `${t.id}/${i}`, term: n.term, acronym: n.acronym })));
  const compiled = names.map((n) => ({ n, res: patternsOf(n) }));
  const found = new Map<string, Evidence[]>();
  for (const e of site.editions)
    for (const { text, evidence, confirmed } of textsOf(e))
      for (const key of namesIn(text, compiled)) {
        const k = `${key}@${e.id}`;
        found.set(k, [...(found.get(k) ?? []), { ...evidence, confirmed }]);
      }
  const evidence = (termId: string, i: number, edition: string) => found.get(`${termId}/${i}@${edition}`) ?? [];
  return {
    evidence,
    status(termId, i, edition) {
      const ev = evidence(termId, i, edition);
      return ev.some((x) => x.confirmed) ? 'used' : ev.length ? 'not-confirmed' : 'not-used';
    },
  };
}
