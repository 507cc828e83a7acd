/**
 * The last pass over the whole document: every word broken at a line end is decided (hyphenation.ts,
 * on the evidence of all the text read), each block's flattened text and footnote markers are set,
 * and chapters that name no number of their own take it from their paragraphs ("1.1", "1.2" ... are
 * chapter 1's).
 */
import { printsTypoHyphen, resolveBreaks, vocabulary } from './hyphenation.ts';
import { bodyTexts, flattenBody, mapBodyText, type OfficialChapter } from './types.ts';

const refs = (t: string) => [...t.matchAll(/\[\^(\d+)\]/g)].map((m) => m[1]);

export function finalise(chapters: OfficialChapter[]): void {
  const texts: string[] = [];
  for (const c of chapters) {
    texts.push(c.title, ...c.footnotes.map((f) => f.text));
    for (const b of c.blocks) {
      if (b.kind === 'heading') texts.push(b.text);
      else if (b.kind === 'figure') texts.push(b.caption, ...b.lines, ...(b.rows ?? []).flat());
      else texts.push(b.kind === 'para' ? '' : b.title ?? '', ...bodyTexts(b.body));
    }
  }
  const vocab = vocabulary(texts);
  const typo = printsTypoHyphen(texts);
  const fix = (t: string) => resolveBreaks(t, vocab, typo);
  for (const c of chapters) {
    c.title = fix(c.title);
    for (const f of c.footnotes) f.text = fix(f.text);
    for (const b of c.blocks) {
      if (b.kind === 'heading') b.text = fix(b.text);
      else if (b.kind === 'figure') { b.caption = fix(b.caption); b.lines = b.lines.map(fix); if (b.rows) b.rows = b.rows.map((r) => r.map(fix)); }
      else {
        if (b.kind !== 'para' && b.title) b.title = fix(b.title);
        mapBodyText(b.body, fix);
        b.text = flattenBody(b.body);
        b.footnotes = [...new Set(refs(b.text))];
      }
    }
    // A chapter whose heading gives no number takes its paragraphs' ("3.1", "3.2" ... -> chapter 3).
    if (!/^\d+$/.test(c.key) && !c.key.startsWith('appendix-')) {
      const lead = c.blocks.flatMap((b) => (b.kind === 'para' ? [/^(\d+)\.\d+$/.exec(b.number)?.[1]] : []));
      const k = lead[0];
      if (k && lead.length >= 2 && lead.every((x) => x === k) && !chapters.some((o) => o !== c && o.key === k)) Object.assign(c, { key: k, slug: `chapter-${k}` });
    }
  }
}
