/**
 * Turns a parsed citation into where to go, from the citation index alone: the edition it names
 * (citation-editions.ts), then the paragraph, page, flowchart, definition, chapter, appendix or
 * topic it cites. A citation it cannot place exactly lands on the best place it knows with a plain
 * note of what is and is not known; anything naming the guidance offers at least the edition's
 * contents, never an empty list. Pure: runs in the browser.
 */
import type { CitationIndex } from './citation-index.ts';
import type { ParsedCitation } from './citation-parse.ts';
import { inForceOf, pickEdition, type EditionPick } from './citation-editions.ts';
import { chapterAcross, resolveChapter, resolveTopic, topicOf } from './citation-chapters.ts';
import { placesFor } from './citation-topics.ts';
import { STRONG } from './citation-match.ts';
import { resolveDefinition, resolveFlowchart } from './citation-extras.ts';
import { resolveParagraph } from './citation-paragraphs.ts';
import { resolvePages } from './citation-pages.ts';
import { understood } from './citation-understood.ts';
import { contents, lookup, sectionUrl, type CitationOption, type CitationResult, type Edition } from './citation-options.ts';

export type { CitationOption, CitationResult } from './citation-options.ts';

const optionsOf = (r: CitationResult): CitationOption[] => (r.kind === 'found' ? [r.option] : r.options);
const byRecency = (index: CitationIndex) => [...index.editions].sort((a, b) => Number(b.current) - Number(a.current) || b.id.localeCompare(a.id));

function resolveIn(index: CitationIndex, e: Edition, c: ParsedCitation, printing?: string): CitationResult {
  if (c.definition) return resolveDefinition(e, c);
  if (c.flowchart !== undefined) return resolveFlowchart(index, e, c);
  if (c.pages) {
    const r = byWords(index, e, c, resolvePages(e, c, printing));
    // No page numbers known: the paragraph, if given, still narrows it.
    if (c.paragraph !== null && !(e.printings ?? []).length) {
      const p = resolveParagraph(e, { ...c, pages: undefined });
      const said = r.kind === 'found' ? '' : r.message.replace(/\. Its chapters:$/, '.');
      return p.kind === 'found' ? { ...p, ...(said ? { note: said } : {}) } : { ...p, message: `${said} ${p.message}`.trim() };
    }
    return r;
  }
  if (c.paragraph !== null) return resolveParagraph(e, c);
  if (c.chapter || c.appendix) return resolveChapter(index, e, c);
  if (c.title || c.words?.length) return resolveTopic(index, e, c);
  return { kind: 'found', option: contents(e) };
}

/** Several places offered (the sections on a page) and words given: the place the words fit comes first, or alone if it clearly fits. */
function byWords(index: CitationIndex, e: Edition, c: ParsedCitation, r: CitationResult): CitationResult {
  if (r.kind !== 'choose' || !(c.title || c.words?.length)) return r;
  const places = placesFor(index, e, topicOf(index, c).q);
  const score = (url: string) => places.find((p) => (p.section ? sectionUrl(e, p.section) : p.chapter.u) === url)?.score ?? 0;
  const sorted = [...r.options].sort((a, b) => score(b.url) - score(a.url));
  if (score(sorted[0].url) >= STRONG && score(sorted[1]?.url ?? '') < score(sorted[0].url) - 0.1) return { kind: 'found', option: sorted[0], note: r.message };
  return { ...r, options: sorted };
}

/** No edition named and none chosen. */
function resolveAcross(index: CitationIndex, c: ParsedCitation): CitationResult {
  const all = index.editions;
  const now = inForceOf(index);
  if (c.definition) return withNote(resolveDefinition(now, c), `No edition named: the edition in force, ${now.title}.`);
  if (c.flowchart !== undefined) return resolveFlowchart(index, null, c);
  if ((c.chapter || c.appendix) && c.paragraph === null && !c.pages) return chapterAcross(index, c);
  if (c.pages || c.paragraph === null) {
    const withPages = all.filter((e) => (c.pages ? e.printings?.length : true));
    if (withPages.length === 1 && c.pages) return resolveIn(index, withPages[0], c);
    if (!c.pages && (c.title || c.words?.length)) {
      const r = resolveIn(index, now, c);
      return withNote(r, `No edition named: the edition in force, ${now.title}.`);
    }
    const example = c.pages ? `page ${c.pages[0]}` : `chapter ${c.chapter ?? 1}`;
    return { kind: 'choose', message: `Which edition? Add its year, e.g. “WT${now.id} ${example}”. The edition in force is ${now.title}.`, options: byRecency(index).map((e) => contents(e)) };
  }
  const found = all.flatMap((e) => (lookup(e, c) ? [lookup(e, c)!] : []));
  if (found.length === 1) return { kind: 'found', option: found[0] };
  if (found.length > 1) return { kind: 'choose', message: `Paragraph ${c.chapter ? `${c.chapter}.` : ''}${c.paragraph} exists in several editions. Which one?`, options: found };
  const target = all.find((e) => e.entries.length > 0) ?? all[0];
  return resolveIn(index, target, c);
}

function withNote(r: CitationResult, note?: string): CitationResult {
  if (!note) return r;
  if (r.kind === 'found') return { ...r, note: r.note ? `${note} ${r.note}` : note };
  return { ...r, message: `${note} ${r.message}` };
}

/** The edition as named, with what was made of it, and the other editions worth offering after. */
function withPick(index: CitationIndex, r: CitationResult, pick: EditionPick, c: ParsedCitation): CitationResult {
  const guessed: CitationResult = pick.uncertain && r.kind === 'found' ? { kind: 'not-found', message: r.note ?? '', options: [r.option] } : r;
  const noted = withNote(guessed, pick.note);
  if (!pick.others.length) return noted;
  const answers = pick.others.map((e) => ({ e, there: resolveIn(index, e, c) }));
  const more = answers.slice(0, 3).map(({ e, there }) => (there.kind === 'found' ? { ...there.option, why: `In ${e.title}` } : contents(e, `In ${e.title}`)));
  // What the first edition lacks, the nearest other edition that has it comes first.
  const fits = r.kind !== 'found' ? answers.find((a) => a.there.kind === 'found') : undefined;
  const first = fits && fits.there.kind === 'found' ? fits.there.option : undefined;
  if (fits && first) {
    const message = `${noted.kind === 'found' ? '' : noted.message.replace(/ Its chapters:$/, '')} The nearest edition that has it is ${fits.e.title}.`.trim();
    return { kind: 'choose', message, options: [{ ...first, why: `In ${fits.e.title}` }, ...optionsOf(noted), ...more.filter((o) => o.url !== first.url)] };
  }
  const options = [...optionsOf(noted), ...more];
  return { kind: 'choose', message: noted.kind === 'found' ? `${pick.note ?? ''}${noted.note && noted.note !== pick.note ? ` ${noted.note.replace(pick.note ?? '', '').trim()}` : ''}`.trim() : noted.message, options };
}

export function resolveCitation(index: CitationIndex, c: ParsedCitation, scope: string | null): CitationResult {
  const pick = pickEdition(index, c, scope);
  const r = pick.edition ? resolveIn(index, pick.edition, c, pick.printing) : resolveAcross(index, c);
  const out = withPick(index, r, pick, c);
  // Never an empty answer: at least the edition's contents.
  const safe = optionsOf(out).some((o) => o.url) ? out : { kind: 'choose' as const, message: `${out.kind === 'found' ? '' : `${out.message} `}The editions:`, options: byRecency(index).map((e) => contents(e)) };
  return { ...safe, understood: understood(c, pick) };
}
