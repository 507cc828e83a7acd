/**
 * Page citations ("WT2018 page 34", "pages 78/79", "Pg.80" of the amended printing): the section(s)
 * a printed page holds in each printing a source gives, or a plain note where we cannot tell.
 * Pure: runs in the browser.
 */
import type { PageEntry } from './citation-index.ts';
import type { ParsedCitation } from './citation-parse.ts';
import { chapterList, chaptersOf, lookup, written, type CitationOption, type CitationResult, type Edition } from './citation-options.ts';

/** What a page or page range holds in each printing a source gives; a plain note where it cannot tell. */
function onPages(e: Edition, c: ParsedCitation): { message: string; sections: PageEntry[]; options: CitationOption[] } {
  const [a, b] = c.pages!;
  const cited = a === b ? `page ${a}` : `pages ${a}–${b}`;
  const all = e.printings ?? [];
  const printings = all.filter((p) => c.printing && p.id.startsWith(c.printing)).concat(all).filter((p, i, l) => l.indexOf(p) === i);
  const p = printings[0];
  if (!p)
    return { message: `No source we hold gives the printed page numbers of ${e.title}, so we cannot tell what is on ${cited}. Its chapters:`, sections: [], options: chapterList(e) };
  const which = `${e.title} (${p.name})`;
  const other = all.length > 1 ? ` Other printings we know: ${all.slice(1).map((x) => x.name).join(', ')}.` : '';
  const differs = c.printing && !p.id.startsWith(c.printing) ? ` You cite the ${c.printing} text; our page numbers are from the ${p.name}, and other printings may differ.` : '';
  const first = p.pages[0];
  const last = p.pages[p.pages.length - 1];
  const toOption = (x: PageEntry): CitationOption => ({ label: `${e.title}, page ${x[0]} (${p.name}) – ${x[1]}`, url: x[2], edition: e.id });
  if (b < first[0])
    return { message: `In ${which}, ${cited} comes before the first section we can place (‘${first[1]}’, page ${first[0]}): the cover and contents.${differs}`, sections: [], options: [{ label: `${e.title}: contents`, url: e.url ?? first[2], edition: e.id }] };
  const within = p.pages.filter((x) => x[0] >= a && x[0] <= b);
  // The section before runs onto the cited page, unless a new chapter (which starts a page) begins there.
  const before = p.pages.filter((x) => x[0] < a && !(within[0]?.[0] === a && within[0][3] !== x[3])).pop();
  const sections = [...(before ? [before] : []), ...within];
  if (a > last[0]) {
    const keys = chaptersOf(e).map((ch) => ch.k);
    const later = chaptersOf(e).filter((ch) => keys.indexOf(ch.k) > keys.indexOf(last[3]));
    return {
      message: `Our page numbers for ${which} stop at page ${last[0]} (‘${last[1]}’); we cannot tell what is on ${cited}. It is in that section or a later chapter:${differs}${other}`,
      sections: [last],
      options: [toOption(last), ...later.map((ch) => ({ label: `${e.title}, ${ch.t}`, url: ch.u, edition: e.id }))],
    };
  }
  return { message: `${cited[0].toUpperCase()}${cited.slice(1)} of ${which} holds:${differs}${other}`, sections, options: sections.map(toOption) };
}

export function resolvePages(e: Edition, c: ParsedCitation): CitationResult {
  const r = onPages(e, c);
  const keys = [...new Set(r.sections.map((s) => s[3]))];
  if (c.paragraph !== null && keys.length) {
    // The page tells which chapter a chapter-less paragraph number is in.
    const hits = keys.flatMap((k) => lookup(e, c, e.scheme === 'continuous' ? null : k) ?? []);
    if (hits.length === 1) return { kind: 'found', option: hits[0], note: r.message };
    const where = keys.map((k) => chaptersOf(e).find((ch) => ch.k === k)?.l ?? k).join(' or ');
    return { kind: 'not-found', message: `None of our sources places ${written(e, null, c.paragraph)} of ${e.title} exactly; the page puts it in ${where}. ${r.message}`, options: r.options };
  }
  if (r.sections.length === 1 && r.options.length === 1) return { kind: 'found', option: r.options[0], note: r.message };
  return { kind: r.sections.length ? 'choose' : 'not-found', message: r.message, options: r.options };
}
