/**
 * Proposes which official paragraphs each of our provisions summarises, from the words of its
 * title, summary and section heading against each paragraph's text and headings, within the same
 * chapter only (our chapters and the imported ones share their slugs; a provision whose chapter
 * has no official text gets no proposal). Where a provision already states its paragraphs (from
 * a source), those are listed as stated and checked against the imported numbers.
 */
import { Corpus, nearest, words } from './similarity.ts';

export interface ProvisionInput { id: string; chapter: string; title: string; text: string; section: string; stated?: string[] }
export interface ParagraphInput { number: string; chapter: string; text: string; headings: string[] }

export interface ProvisionProposal { provision: string; chapter: string; proposed: { number: string; score: number }[]; stated?: string[]; missing?: string[] }

export function proposeProvisionMap(provisions: ProvisionInput[], paragraphs: ParagraphInput[]): ProvisionProposal[] {
  const pw = paragraphs.map((p) => words(`${p.text} ${p.headings.slice(1).join(' ')}`));
  const qw = provisions.map((p) => words(`${p.title} ${p.text} ${p.section}`));
  const corpus = new Corpus(pw);
  const pv = pw.map((w) => corpus.vector(w));
  const known = new Set(paragraphs.map((p) => p.number));
  return provisions.map((prov, k) => {
    const idx = paragraphs.map((_, i) => i).filter((i) => paragraphs[i].chapter === prov.chapter);
    const [scores] = idx.length ? nearest([corpus.vector(qw[k])], idx.map((i) => pv[i]), 8) : [[]];
    const best = scores[0]?.[1] ?? 0;
    const proposed = scores.filter(([, s]) => s >= 0.12 && s >= best * 0.6).slice(0, 4).map(([x, s]) => ({ number: paragraphs[idx[x]].number, score: Math.round(s * 100) / 100 }));
    const out: ProvisionProposal = { provision: prov.id, chapter: prov.chapter, proposed };
    if (prov.stated?.length) { out.stated = prov.stated; const missing = prov.stated.filter((n) => !known.has(n)); if (missing.length) out.missing = missing; }
    return out;
  });
}
