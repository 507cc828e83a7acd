/**
 * Which numbering scheme the paragraphs follow ("5.82"; restarting per chapter; one run through
 * the document), and the checks on the sequence: gaps, duplicates and numbers out of order, each
 * naming the page.
 */
import type { ImportWarning, OfficialChapter, OfficialEdition, OfficialParagraph } from './types.ts';

type Scheme = OfficialEdition['scheme'];

const paragraphs = (chapters: OfficialChapter[]) => chapters.flatMap((c) => c.blocks.filter((b): b is OfficialParagraph => b.kind === 'para').map((p) => ({ p, c })));

export function detectScheme(chapters: OfficialChapter[]): Scheme {
  const all = paragraphs(chapters);
  if (all.filter(({ p }) => p.number.includes('.')).length > all.length / 2) return 'chapter-dot-paragraph';
  let restarts = 0;
  for (const c of chapters) {
    const first = c.blocks.find((b): b is OfficialParagraph => b.kind === 'para');
    if (first && first.number === '1' && all[0]?.p !== first) restarts++;
  }
  return restarts > 0 ? 'per-chapter' : 'continuous';
}

/** Gaps, duplicates, numbers out of order, and 5.82-style numbers under another chapter's heading. */
export function checkSequence(chapters: OfficialChapter[], scheme: Scheme): ImportWarning[] {
  const warnings: ImportWarning[] = [];
  const last = new Map<string, { n: number; page: number; number: string }>();
  const seen = new Map<string, number>();
  for (const { p, c } of paragraphs(chapters)) {
    const dot = /^(.+)\.(\d+)$/.exec(p.number);
    if (scheme === 'chapter-dot-paragraph' && !dot) { warnings.push({ page: p.page, message: `Paragraph "${p.number}" on page ${p.page} does not follow the chapter.paragraph numbering of the rest of the document.` }); continue; }
    const run = scheme === 'chapter-dot-paragraph' ? dot![1] : scheme === 'per-chapter' ? c.key : '';
    const n = Number(dot ? dot[2] : p.number);
    const key = `${run}|${n}`;
    if (scheme === 'chapter-dot-paragraph' && /^\d+$/.test(c.key) && run !== c.key) warnings.push({ page: p.page, message: `Paragraph ${p.number} on page ${p.page} is numbered for chapter ${run} but sits under "${c.title}".` });
    if (seen.has(key)) { warnings.push({ page: p.page, message: `Duplicate paragraph number ${p.number} on page ${p.page} (also on page ${seen.get(key)}).` }); continue; }
    seen.set(key, p.page);
    const prev = last.get(run);
    if (prev && n < prev.n) warnings.push({ page: p.page, message: `Paragraph ${p.number} on page ${p.page} is out of order: it comes after ${prev.number} (page ${prev.page}).` });
    else if (prev && n > prev.n + 1) warnings.push({ page: p.page, message: `Gap in the numbering: ${prev.number} (page ${prev.page}) is followed by ${p.number} on page ${p.page}; ${n - prev.n - 1} number${n - prev.n - 1 === 1 ? ' is' : 's are'} missing.` });
    else if (!prev && n !== 1) warnings.push({ page: p.page, message: `The numbering of ${run ? `chapter ${run}` : 'the document'} starts at ${p.number} on page ${p.page}, not 1.` });
    if (!prev || n > prev.n) last.set(run, { n, page: p.page, number: p.number });
  }
  return warnings;
}
