/**
 * Which edition a citation means, however it names it: a year ("WT2010", "'18"), a date of
 * publication, of a draft or of an amendment ("published in December 2009", "Working Together
 * 2020"), a word relative to the edition in force ("old", "previous", "current"), or a year no
 * edition has (the nearest editions, saying so). Pure: runs in the browser.
 */
import { longDate, monthYear } from '../model/long-date.ts';
import type { CitationIndex } from './citation-index.ts';
import type { Edition } from './citation-options.ts';
import type { ParsedCitation } from './citation-parse.ts';

export interface EditionPick {
  /** The edition to answer in, or null when the citation names none (the caller decides). */
  edition: Edition | null;
  /** Other editions worth offering after it (the nearest, or the one the number fits). */
  others: Edition[];
  /** What was made of the edition named, when it was not simply its year. */
  note?: string;
  /** The printing an amendment date names ("2020-12"). */
  printing?: string;
  /** The edition is a guess (a year no edition has): an answer in it is offered, not landed on. */
  uncertain?: boolean;
}

const ym = (iso: string) => iso.slice(0, 7);
const yearOf = (iso: string) => iso.slice(0, 4);

/** The edition in force, else the latest. */
export const inForceOf = (index: CitationIndex): Edition => index.editions.find((e) => e.current) ?? index.editions[index.editions.length - 1];

/** An edition and the dated event of its life a year (and month) names: a draft or an amendment. */
function datedEvent(index: CitationIndex, year: string, month?: number) {
  const want = month ? `${year}-${String(month).padStart(2, '0')}` : year;
  const hits = index.editions.flatMap((e) => (e.dates ?? []).filter(([d, kind]) => kind !== 'published' && (month ? ym(d) === want : yearOf(d) === year)).map(([d, kind, what]) => ({ e, d, kind, what })));
  return hits;
}

function relative(index: CitationIndex, c: ParsedCitation): EditionPick {
  const now = inForceOf(index);
  const i = index.editions.indexOf(now);
  if (c.relative === 'current') return { edition: now, others: [], note: `Read as the edition in force: ${now.title}.` };
  const before = index.editions[i - 1];
  if (!before) return { edition: now, others: [], note: `No edition before ${now.title} is covered.` };
  const older = index.editions.slice(0, i - 1).reverse();
  return { edition: before, others: older, note: `Read as the edition before the one in force (${now.title}): ${before.title}. An older one may be meant; they follow.` };
}

/** The edition named by a year no covered edition has, or by a date that is not its publication. */
function byDate(index: CitationIndex, c: ParsedCitation, named?: Edition): EditionPick | null {
  const year = c.edition!;
  const when = c.month ? monthYear(year, c.month) : year;
  // A month that is not the named edition's own: an amendment or a draft of it.
  const events = datedEvent(index, year, c.month).filter((x) => !named || x.e === named || c.yearRole === 'draft' || !c.month);
  const drafts = events.filter((x) => x.kind === 'draft');
  const amended = events.filter((x) => x.kind === 'amended');
  if (named) {
    const own = amended.find((x) => x.e === named);
    return own && c.month ? { edition: named, others: [], printing: ym(own.d), note: `${when} is when ${named.title} was amended (${longDate(own.d)}).` } : null;
  }
  const pickFrom = (c.yearRole === 'draft' || !amended.length ? drafts : amended).sort((a, b) => b.d.localeCompare(a.d));
  const first = pickFrom[0] ?? events[0];
  if (!first) return null;
  // A draft named as such is not also read as an amendment of that year.
  const rivals = events.filter((x) => x.e !== first.e && (c.yearRole !== 'draft' || x.kind === 'draft'));
  const others = [...new Set(rivals.map((x) => x.e))];
  const also = rivals.map((x) => (x.kind === 'draft' ? ` It may instead mean the draft of ${x.e.title} (${longDate(x.d)}).` : ` It may instead mean ${x.e.title} as amended on ${longDate(x.d)}.`));
  const what = first.kind === 'draft'
    ? `No edition was published in ${when}. This reads as the draft that became ${first.e.title} (${longDate(first.d)}: ${first.what.replace(/\.$/, '')}).`
    : `No edition was published in ${when}: ${first.e.title} was amended then (${longDate(first.d)}), so this reads as ${first.e.title} as amended.`;
  // A draft's paragraph and page numbers are not the published edition's.
  const uncertain = first.kind === 'draft' && (c.paragraph !== null || !!c.pages);
  return { edition: first.e, others, note: `${what}${[...new Set(also)].join('')}`, ...(first.kind === 'amended' ? { printing: ym(first.d) } : {}), ...(uncertain ? { uncertain } : {}) };
}

/** A year no edition has and no draft or amendment explains: the editions either side. */
function nearest(index: CitationIndex, year: string): EditionPick {
  const earlier = (index.earlier ?? []).find((x) => x.year === year);
  if (earlier) {
    const by = index.editions.find((e) => e.id === earlier.replacedBy)!;
    return { edition: by, others: [], uncertain: true, note: `This site does not cover a ${year} edition: Working Together ${year} is older than the editions here, and ${by.title} replaced it.` };
  }
  const known = [...index.editions.map((e) => e.id), ...(index.earlier ?? []).map((x) => x.year)].sort();
  const before = known.filter((y) => y < year).pop();
  const after = known.find((y) => y > year);
  const covered = (y?: string) => index.editions.find((e) => e.id === y);
  // The nearest covered editions either side (an earlier one not covered leads to the one that replaced it).
  const next = index.editions.find((e) => e.id > year);
  const prior = [...index.editions].reverse().find((e) => e.id < year);
  const first = next ?? prior ?? inForceOf(index);
  const second = prior && prior !== first ? [prior] : [];
  const named = [...new Set([before, after, next?.id].filter(Boolean))].map((y) => (covered(y) ? `Working Together ${y}` : `Working Together ${y} (not covered here)`));
  return { edition: first, others: second, uncertain: true, note: `This site does not cover a ${year} edition, and our sources name none. The nearest editions: ${named.join(' and ')}. Check the year in the document you are reading.` };
}

export function pickEdition(index: CitationIndex, c: ParsedCitation, scope: string | null): EditionPick {
  if (c.relative && !c.edition) return relative(index, c);
  const year = c.edition ?? (scope === 'in-force' ? inForceOf(index).id : scope);
  if (!year) return { edition: null, others: [] };
  const named = index.editions.find((e) => e.id === year);
  if (!c.edition) return { edition: named ?? null, others: [] };
  if (named) {
    const dated = c.month && (named.dates ?? []).some(([d, kind]) => kind === 'published' && ym(d) === `${year}-${String(c.month).padStart(2, '0')}`) ? null : c.month ? byDate(index, c, named) : null;
    return dated ?? { edition: named, others: [] };
  }
  return byDate(index, c) ?? nearest(index, year);
}
