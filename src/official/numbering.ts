/**
 * Which numbering scheme the main text's paragraphs follow ("5.82"; restarting per chapter; one run
 * through the document), and the checks on every run of numbers (annexes' A1, A2 ... run apart):
 * gaps, duplicates and numbers out of order, each naming the page.
 */
import type { ImportWarning, OfficialChapter, OfficialEdition, OfficialParagraph } from './types.ts';

type Scheme = OfficialEdition['scheme'];

const paragraphs = (chapters: OfficialChapter[]) => chapters.flatMap((c) => c.blocks.filter((b): b is OfficialParagraph => b.kind === 'para').map((p) => ({ p, c })));
/** An annex number: a letter and digits ("A1", "A.1", "B12"). */
export const isAnnexNumber = (n: string) => /^[A-Z]\.?\d+$/.test(n);

export function detectScheme(chapters: OfficialChapter[]): Scheme {
  const all = paragraphs(chapters).filter(({ p }) => !isAnnexNumber(p.number));
  if (all.filter(({ p }) => p.number.includes('.')).length > all.length / 2) return 'chapter-dot-paragraph';
  let restarts = 0;
  for (const c of chapters) {
    const first = c.blocks.find((b): b is OfficialParagraph => b.kind === 'para' && !isAnnexNumber(b.number));
    if (first && first.number === '1' && all[0]?.p !== first) restarts++;
  }
  return restarts > 0 ? 'per-chapter' : 'continuous';
}

/** The run a number belongs to, and its place in the run. */
function runOf(number: string, chapter: OfficialChapter, scheme: Scheme): { run: string; n: number; label: string } | null {
  const annex = /^([A-Z])\.?(\d+)$/.exec(number);
  if (annex) return { run: `annex ${annex[1]}`, n: Number(annex[2]), label: `annex ${annex[1]}` };
  const dot = /^(\d+)\.(\d+)$/.exec(number);
  if (scheme === 'chapter-dot-paragraph') return dot ? { run: dot[1], n: Number(dot[2]), label: `chapter ${dot[1]}` } : null;
  if (!/^\d+$/.test(number)) return null;
  return scheme === 'per-chapter' ? { run: chapter.key, n: Number(number), label: `chapter ${chapter.key}` } : { run: '', n: Number(number), label: 'the document' };
}

/** Gaps, duplicates, numbers out of order, and 5.82-style numbers under another chapter's heading. */
export function checkSequence(chapters: OfficialChapter[], scheme: Scheme): ImportWarning[] {
  const warnings: ImportWarning[] = [];
  const last = new Map<string, { n: number; page: number; number: string }>();
  const seen = new Map<string, number>();
  for (const { p, c } of paragraphs(chapters)) {
    const r = runOf(p.number, c, scheme);
    if (!r) { warnings.push({ page: p.page, message: `Paragraph "${p.number}" on page ${p.page} does not follow the ${scheme} numbering of the rest of the document.` }); continue; }
    if (scheme === 'chapter-dot-paragraph' && /^\d+$/.test(c.key) && /^\d+$/.test(r.run) && r.run !== c.key) warnings.push({ page: p.page, message: `Paragraph ${p.number} on page ${p.page} is numbered for chapter ${r.run} but sits under "${c.title}".` });
    const key = `${r.run}|${r.n}`;
    if (seen.has(key)) { warnings.push({ page: p.page, message: `Duplicate paragraph number ${p.number} on page ${p.page} (also on page ${seen.get(key)}).` }); continue; }
    seen.set(key, p.page);
    const prev = last.get(r.run);
    if (prev && r.n < prev.n) warnings.push({ page: p.page, message: `Paragraph ${p.number} on page ${p.page} is out of order: it comes after ${prev.number} (page ${prev.page}).` });
    else if (prev && r.n > prev.n + 1) warnings.push({ page: p.page, message: `Gap in the numbering: ${prev.number} (page ${prev.page}) is followed by ${p.number} on page ${p.page}; ${r.n - prev.n - 1} number${r.n - prev.n - 1 === 1 ? ' is' : 's are'} missing.` });
    else if (!prev && r.n !== 1) warnings.push({ page: p.page, message: `The numbering of ${r.label} starts at ${p.number} on page ${p.page}, not 1.` });
    if (!prev || r.n > prev.n) last.set(r.run, { n: r.n, page: p.page, number: p.number });
  }
  return warnings;
}
