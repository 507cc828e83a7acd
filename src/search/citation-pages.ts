/**
 * Page citations ("WT2018 page 34", "pages 78/79", "Pg.80" of the amended printing): the section(s)
 * a printed page holds in each printing a source gives. Pages depend on the printing: a printing the
 * citation names is used; otherwise a paragraph given with the page picks the printing it fits, or
 * each printing's match is offered, naming the printing. No page is ever worked out or guessed:
 * where no source gives an edition's pages, the answer says so and offers its chapters.
 * Pure: runs in the browser.
 */
import type { PageEntry, Printing } from './citation-index.ts';
import type { ParsedCitation } from './citation-parse.ts';
import { chapterList, chapterOption, chaptersOf, lookup, written, type CitationOption, type CitationResult, type Edition } from './citation-options.ts';

interface OnPages { message: string; sections: PageEntry[]; options: CitationOption[] }

/** What a page or page range holds in one printing; a plain note where it cannot tell. */
function onPages(e: Edition, c: ParsedCitation, p: Printing, differs: string, other: string): OnPages {
  const [a, b] = c.pages!;
  const cited = a === b ? `page ${a}` : `pages ${a}–${b}`;
  const which = `${e.title} (${p.name})`;
  const first = p.pages[0];
  const last = p.pages[p.pages.length - 1];
  const toOption = (x: PageEntry): CitationOption => ({ label: `${e.title}, page ${x[0]} (${p.name}) – ${x[1]}`, url: x[2], edition: e.id, why: `On the page in the ${p.name}` });
  if (b < first[0])
    return { message: `In ${which}, ${cited} comes before the first section we can place (‘${first[1]}’, page ${first[0]}): the cover and contents.${differs}`, sections: [], options: [{ label: `${e.title}: contents`, url: e.url ?? first[2], edition: e.id, why: 'Contents of the edition' }] };
  const within = p.pages.filter((x) => x[0] >= a && x[0] <= b);
  // The section before runs onto the cited page, unless a new chapter (which starts a page) begins there.
  const before = p.pages.filter((x) => x[0] < a && !(within[0]?.[0] === a && within[0][3] !== x[3])).pop();
  // On one page, what begins there first (a heading is what a citation usually points at), then what runs onto it;
  // a range of pages in document order.
  const sections = a === b ? [...within, ...(before ? [before] : [])] : [...(before ? [before] : []), ...within];
  if (a > last[0]) {
    const keys = chaptersOf(e).map((ch) => ch.k);
    const later = chaptersOf(e).filter((ch) => keys.indexOf(ch.k) > keys.indexOf(last[3]));
    return {
      message: `${`${differs}${other}`.trim()} Our page numbers for ${which} stop at page ${last[0]} (‘${last[1]}’); we cannot tell what is on ${cited}. It is in that section or a later chapter:`.trim(),
      sections: [last],
      options: [toOption(last), ...later.map((ch) => ({ label: `${e.title}, ${ch.t}`, url: ch.u, edition: e.id, why: 'A later chapter' }))],
    };
  }
  return { message: `${`${differs}${other}`.trim()} ${cited[0].toUpperCase()}${cited.slice(1)} of ${which} ${a === b ? 'holds' : 'hold'}:`.trim(), sections, options: sections.map(toOption) };
}

const monthName = (ym: string) => new Date(`${ym}-01T00:00:00Z`).toLocaleString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** The printings the edition had (as published, and after each amendment) whose pages no source gives us. */
function unknownPrintings(e: Edition): string[] {
  const known = new Set((e.printings ?? []).map((p) => p.id));
  const had = [...new Set((e.dates ?? []).filter(([, kind]) => kind !== 'draft').map(([d]) => d.slice(0, 7)))];
  return had.filter((ym) => !known.has(ym)).map((ym) => `${monthName(ym)}${(e.dates ?? []).some(([d, k]) => k === 'published' && d.startsWith(ym)) ? ' (as first published)' : ''}`);
}

/** The printings to read the page in: the one named (by year, and month if given), else every one known. */
function printingsFor(e: Edition, c: ParsedCitation, dated?: string): { list: Printing[]; differs: string; unknownNamed: boolean } {
  const all = e.printings ?? [];
  const month = c.printingMonth ? `-${String(c.printingMonth).padStart(2, '0')}` : '';
  const named = dated ?? (c.printing ? `${c.printing}${month}` : undefined);
  const unknown = unknownPrintings(e);
  if (!named) return { list: all, differs: all.length && unknown.length ? ` We have no page numbers for the ${unknown.join(' or ')} printing; its pages may differ.` : '', unknownNamed: false };
  const hits = all.filter((p) => p.id.startsWith(named));
  if (hits.length) return { list: hits, differs: '', unknownNamed: false };
  const own = all.filter((p) => p.id === 'official');
  const list = own.length ? own : all;
  const which = named.length > 4 ? monthName(named) : named;
  const known = list.length === 1 ? `the ${list[0].name}` : `the printings we know (${list.map((p) => p.name).join(', ')})`;
  return { list, differs: list.length ? ` You cite the ${which} text, whose page numbers this site does not know; in ${known} that page holds what follows, then the chapters.` : '', unknownNamed: true };
}

function inOnePrinting(e: Edition, c: ParsedCitation, r: OnPages): CitationResult {
  const keys = [...new Set(r.sections.map((s) => s[3]))];
  // A paragraph that carries its chapter ("3.81") is placed by its number; the page only adds a note.
  if (c.paragraph !== null && c.chapter) {
    const hit = lookup(e, c);
    if (hit) return { kind: 'found', option: hit, note: r.message.replace(/:$/, '.') };
    return { kind: 'not-found', message: `None of our sources places ${written(e, c.chapter, c.paragraph)} of ${e.title} exactly. ${r.message}`, options: [...chapterOption(e, c.chapter), ...r.options] };
  }
  if (c.paragraph !== null && keys.length) {
    // The page tells which chapter a chapter-less paragraph number is in; a section the page does not hold does not fit.
    const onPage = new Set(r.sections.map((s) => s[2]));
    const isSection = (url: string) => e.entries.some((x) => x.k === 's' && x.u === url);
    const hits = keys.flatMap((k) => lookup(e, c, e.scheme === 'continuous' ? null : k) ?? []).filter((h) => onPage.has(h.url) || !isSection(h.url));
    if (hits.length === 1) return { kind: 'found', option: hits[0], note: r.message };
    const where = keys.map((k) => chaptersOf(e).find((ch) => ch.k === k)?.l ?? k).join(' or ');
    return { kind: 'not-found', message: `None of our sources places ${written(e, null, c.paragraph)} of ${e.title} exactly; the page puts it in ${where}. ${r.message}`, options: r.options };
  }
  if (r.sections.length === 1 && r.options.length === 1) return { kind: 'found', option: r.options[0], note: r.message };
  return { kind: r.sections.length ? 'choose' : 'not-found', message: r.message, options: r.options };
}

export function resolvePages(e: Edition, c: ParsedCitation, dated?: string): CitationResult {
  const { list, differs, unknownNamed } = printingsFor(e, c, dated);
  if (!list.length) {
    const [a, b] = c.pages!;
    const cited = a === b ? `page ${a}` : `pages ${a}–${b}`;
    return { kind: 'not-found', message: `No source we hold gives the printed page numbers of ${e.title}, so this site does not know what is on ${cited} of any printing of it. Its chapters:`, options: chapterList(e) };
  }
  const others = (p: Printing) => ((e.printings ?? []).length > 1 ? ` Other printings we know: ${(e.printings ?? []).filter((x) => x !== p).map((x) => x.name).join(', ')}.` : '');
  if (list.length === 1 && unknownNamed) {
    // A printing whose pages we do not know: what the known printing holds there, then the chapters; never landed on.
    const r = inOnePrinting(e, c, onPages(e, c, list[0], differs, ''));
    const offered = r.kind === 'found' ? [r.option] : r.options;
    return { kind: 'not-found', message: r.kind === 'found' ? r.note ?? '' : r.message, options: [...offered, ...chapterList(e).filter((o) => !offered.some((x) => x.url === o.url))] };
  }
  if (unknownNamed) {
    // The same with several printings known: what each holds there, named, then the chapters; never landed on.
    const offered = list.flatMap((p) => { const r = inOnePrinting(e, c, onPages(e, c, p, '', '')); return r.kind === 'found' ? [r.option] : r.options; });
    const unique = offered.filter((o, i) => offered.findIndex((y) => y.url === o.url && y.label === o.label) === i);
    return { kind: 'not-found', message: differs.trim(), options: [...unique, ...chapterList(e).filter((o) => !unique.some((x) => x.url === o.url))] };
  }
  if (list.length === 1) return inOnePrinting(e, c, onPages(e, c, list[0], differs, others(list[0])));
  // Several printings and none named: the one a paragraph fits, else each printing's match, named.
  const each = [...list].reverse().map((p) => ({ p, r: inOnePrinting(e, c, onPages(e, c, p, '', '')) }));
  const found = each.filter((x) => x.r.kind === 'found' && c.paragraph !== null);
  if (found.length === 1 || (found.length > 1 && found.every((x) => x.r.kind === 'found' && x.r.option.url === (found[0].r as { option: CitationOption }).option.url)))
    return { ...found[0].r, note: `The paragraph fits the ${found.map((x) => x.p.name).join(' and the ')}.${differs}` } as CitationResult;
  const same = each.every((x) => JSON.stringify(urlsOf(x.r)) === JSON.stringify(urlsOf(each[0].r)));
  if (same) return { ...each[0].r, ...(each[0].r.kind === 'found' ? { note: `The same in every printing we know (${list.map((p) => p.name).join(', ')}).${differs}` } : {}) } as CitationResult;
  const [a, b] = c.pages!;
  const options = each.flatMap((x) => (x.r.kind === 'found' ? [x.r.option] : x.r.options));
  const unique = options.filter((o, i) => options.findIndex((y) => y.url === o.url && y.label === o.label) === i);
  return { kind: 'choose', message: `Page numbers differ between the printings of ${e.title} we know (${list.map((p) => p.name).join(', ')}).${differs} ${a === b ? `Page ${a}` : `Pages ${a}–${b}`} in each:`, options: unique };
}

const urlsOf = (r: CitationResult) => (r.kind === 'found' ? [r.option.url] : r.options.map((o) => o.url));
