/** Sections' official ranges never overlap, and a provision's paragraphs lie inside its section's range. */
import type { ContentError } from '../../validation/content-error.ts';
import { formatParaRanges, rangesOverlap, rangeWithin } from '../paragraphs.ts';
import { sectionsOf } from '../queries.ts';
import type { Site } from '../types.ts';

export function checkParagraphRanges(site: Site): ContentError[] {
  const errors: ContentError[] = [];
  for (const edition of site.editions) {
    const scheme = edition.numbering.scheme;
    const ranged = sectionsOf(edition).filter((s) => s.paras);
    for (let i = 0; i < ranged.length; i++) {
      for (let j = 0; j < i; j++) {
        const a = ranged[j], b = ranged[i];
        if (a.paras!.some((ra) => b.paras!.some((rb) => rangesOverlap(ra, rb))))
          errors.push({
            code: 'overlapping-ranges', file: b.file, line: b.line,
            message: `Section "${b.id}" (paragraphs ${b.parasLabel}) overlaps section "${a.id}" (paragraphs ${a.parasLabel}) at ${a.file}:${a.line}.`,
            fix: 'check both ranges against the source; each paragraph belongs to one section',
          });
      }
      const s = ranged[i];
      for (const p of s.provisions) {
        if (p.paras && !p.paras.every((r) => s.paras!.some((sr) => rangeWithin(r, sr))))
          errors.push({
            code: 'paragraph-outside-section', file: p.file, line: p.line,
            message: `Provision "${p.id}" covers paragraphs ${formatParaRanges(p.paras, scheme)}, outside its section "${s.id}" (${s.parasLabel}).`,
            fix: 'correct the paragraph numbers, or move the provision to the section that holds them',
          });
      }
    }
  }
  return errors;
}
