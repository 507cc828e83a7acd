/**
 * Flowcharts cited by number (the numbers differ by edition, so a title that fits another number,
 * or another edition, is said and offered) and definitions cited by phrase (the glossary entry of
 * the term named, else the glossary). Pure: runs in the browser.
 */
import type { CitationIndex, FlowchartEntry } from './citation-index.ts';
import { contentWords, similarity, STRONG, WEAK } from './citation-match.ts';
import { contents, listOf, sectionUrl, type CitationOption, type CitationResult, type Edition } from './citation-options.ts';
import type { ParsedCitation } from './citation-parse.ts';
import { queryWords, stems } from './citation-topics.ts';

const chartsOf = (e: Edition) => e.flowcharts ?? [];
const chartOption = (e: Edition, f: FlowchartEntry, why: string): CitationOption => ({
  label: `${e.title}, ${f[0] ? `flowchart ${f[0]}` : 'a chart of ours'}${f[5] === 0 ? ` (our title: ${f[1]})` : `: ${f[1]}`}`, url: f[2], edition: e.id, why,
});
const fitOf = (q: string[], f: FlowchartEntry) => (q.length ? similarity(q, contentWords(f[1]), contentWords(f[4])) : 0);

/** "Flowchart 3", "Flowchart 5: Action following a strategy meeting" in one edition, or across editions. */
export function resolveFlowchart(index: CitationIndex, e: Edition | null, c: ParsedCitation): CitationResult {
  const n = c.flowchart!;
  const q = c.title ? queryWords(index, c.title.split(' ')) : queryWords(index, c.words ?? []);
  const editions = e ? [e] : [...index.editions].sort((a, b) => Number(b.current) - Number(a.current) || b.id.localeCompare(a.id));
  const numbered = editions.flatMap((x) => chartsOf(x).filter((f) => f[0] === n).map((f) => ({ e: x, f, fit: fitOf(q, f) })));
  const byTitle = editions.flatMap((x) => chartsOf(x).map((f) => ({ e: x, f, fit: fitOf(q, f) }))).filter((x) => x.fit >= STRONG).sort((a, b) => b.fit - a.fit);
  const agree = numbered.filter((x) => !q.length || x.fit >= WEAK).sort((a, b) => b.fit - a.fit);
  // No edition named and the title also fits a chart numbered otherwise elsewhere: offer both, the number's first.
  const elsewhere = !e && agree.length === 1 && q.length ? byTitle.filter((x) => x.f[0] !== n && x.e !== agree[0].e) : [];
  if (elsewhere.length) {
    const where = [...new Set(elsewhere.map((x) => x.f[0] ? `flowchart ${x.f[0]} in ${x.e.id}` : `our chart in ${x.e.id}`))];
    return {
      kind: 'choose',
      message: `Flowcharts are numbered differently in each edition. Flowchart ${n} fits ‘${c.title ?? (c.words ?? []).join(' ')}’ in ${agree[0].e.title}; the same subject is ${listOf(where.slice(0, 3))}.`,
      options: [chartOption(agree[0].e, agree[0].f, `Flowchart ${n} in ${agree[0].e.id}`), ...elsewhere.slice(0, 3).map((x) => chartOption(x.e, x.f, 'The same subject in another edition'))],
    };
  }
  if (agree.length === 1 || (e && agree.length)) return { kind: 'found', option: chartOption(agree[0].e, agree[0].f, 'The cited flowchart') };
  if (agree.length > 1 && !q.length)
    return { kind: 'choose', message: `Flowchart ${n} differs by edition. Which edition? The edition in force first:`, options: agree.map((x) => chartOption(x.e, x.f, `Flowchart ${n} in ${x.e.id}`)) };
  if (agree.length > 1) return { kind: 'choose', message: `Flowchart ${n} with that title is in ${agree.map((x) => x.e.id).join(' and ')}:`, options: agree.map((x) => chartOption(x.e, x.f, `Flowchart ${n} in ${x.e.id}`)) };
  const where = e ? e.title : 'any edition';
  const titled = byTitle[0];
  if (titled) {
    const number = titled.f[0] ? `flowchart ${titled.f[0]}` : 'a chart of ours (no source we hold gives its number)';
    const asked = `‘${c.title ?? (c.words ?? []).join(' ')}’ is ${number} in ${titled.e.title}`;
    const own = numbered.length === 1 ? `Flowchart ${n} of ${numbered[0].e.title} is ‘${numbered[0].f[1]}’` : numbered.length ? `No edition's flowchart ${n} has that title` : `${where === 'any edition' ? 'No edition' : where} has no flowchart ${n} we know of`;
    const said = `${own}; ${asked}.`;
    return { kind: 'choose', message: said, options: [chartOption(titled.e, titled.f, 'Fits the title given'), ...numbered.map((x) => chartOption(x.e, x.f, `Flowchart ${n} as numbered`))] };
  }
  if (numbered.length) return { kind: 'choose', message: `Flowchart ${n} of ${where} is not titled like that. Flowchart ${n}:`, options: numbered.map((x) => chartOption(x.e, x.f, `Flowchart ${n} in ${x.e.id}`)) };
  const known = e && !chartsOf(e).some((f) => f[0] > 0) ? ` Our sources do not give the flowchart numbers of ${e.title}.` : '';
  const list = e ? chartsOf(e).map((f) => chartOption(e, f, 'A flowchart of this edition')) : [];
  return {
    kind: 'not-found',
    message: `We cannot place flowchart ${n} in ${where}.${known} ${list.length ? 'Its flowcharts:' : 'Every flowchart:'}`,
    options: [...list, ...(index.flowchartsUrl ? [{ label: 'Every process flowchart, by edition', url: index.flowchartsUrl, edition: e?.id ?? '', why: 'Flowcharts' }] : []), ...(e ? [contents(e)] : [])],
  };
}

/** The glossary entry whose term (or acronym) the words name, longest first. */
function termNamed(e: Edition, words: string[]): [string, string, string] | undefined {
  const given = new Set(words.flatMap(stems));
  const raw = new Set(words.map((w) => w.toLowerCase()));
  const hits = (e.glossary?.terms ?? []).filter(([term, acronym]) => (acronym && raw.has(acronym.toLowerCase())) || stems(term).filter((w) => w.length > 2).every((w) => given.has(w)));
  return hits.sort((a, b) => b[0].length - a[0].length)[0];
}

/** "defined in Working Together as", "(Definition provided by Working Together 2015)", "glossary". */
export function resolveDefinition(e: Edition, c: ParsedCitation, note?: string): CitationResult {
  const words = [...(c.title?.split(' ') ?? []), ...(c.words ?? [])];
  const term = termNamed(e, words);
  const definitions = (e.sections ?? []).filter(([h]) => /\bdefinitions\b/i.test(h)).map((x): CitationOption => ({ label: `${e.title}, ${x[0]}`, url: sectionUrl(e, x), edition: e.id, why: 'Where the edition sets out definitions' }));
  const glossary: CitationOption[] = e.glossary ? [{ label: `${e.title}: glossary`, url: e.glossary.url, edition: e.id, why: 'Every term the edition defines' }] : [];
  if (term) return { kind: 'found', option: { label: `${e.title}, glossary: ${term[0]}${term[1] ? ` (${term[1]})` : ''}`, url: term[2], edition: e.id, why: 'The term defined' }, ...(note ? { note } : {}) };
  const said = `${note ? `${note} ` : ''}No term we list is named, so ${definitions.length || glossary.length ? 'here is where the edition defines its terms' : `${e.title} has no glossary on this site; its contents`}:`;
  if (!definitions.length && glossary.length === 1 && !note) return { kind: 'found', option: glossary[0], note: 'No term we list is named; the glossary lists every term.' };
  // A section of definitions named by its heading ("Key definitions") comes before the glossary.
  const named = (o: CitationOption) => words.some((w) => w.length > 2 && !/^definitions?$/i.test(w) && o.label.toLowerCase().includes(w.toLowerCase()));
  const sections = [...definitions.filter(named), ...definitions.filter((o) => !named(o))];
  const first = sections.length && named(sections[0]) ? [sections[0]] : [];
  return { kind: 'choose', message: said, options: [...first, ...glossary, ...sections.filter((o) => !first.includes(o)), ...(definitions.length || glossary.length ? [] : [contents(e)])] };
}
