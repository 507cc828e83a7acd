/**
 * Chapters and appendices cited by number, number word or title, and topics cited by their words.
 * Where the number and the words disagree, or the number fits another edition's structure, the
 * answer says so and offers both: the place in the edition that holds the topic and the chapter the
 * number names ("Managing allegations is chapter 4 in 2023; chapter 2 in 2018"). Pure: runs in the browser.
 */
import type { CitationIndex } from './citation-index.ts';
import { STRONG, WEAK } from './citation-match.ts';
import { chapterByKey, chapterEntryOption, chapterList, contents, listOf, sectionUrl, type CitationOption, type CitationResult, type Edition } from './citation-options.ts';
import type { ParsedCitation } from './citation-parse.ts';
import { chapterFit, placesFor, queryWords, titleOf, type TopicPlace } from './citation-topics.ts';

const name = (c: ParsedCitation) => (c.appendix ? `appendix ${c.appendix}` : `chapter ${c.chapter}`);
const quoted = (words: string) => `‘${words}’`;
const cap = (s: string) => `${s[0].toUpperCase()}${s.slice(1)}`;

/** A place the words fit, as an option. */
export function placeOption(p: TopicPlace, why: string): CitationOption {
  const where = p.section ? `${p.chapter.l}, ${p.section[0]}` : p.chapter.t;
  return { label: `${p.edition.title}, ${where}`, url: p.section ? sectionUrl(p.edition, p.section) : p.chapter.u, edition: p.edition.id, why };
}

/** The words a citation gives for its topic: its title if it has one, else its other words. */
export function topicOf(index: CitationIndex, c: ParsedCitation): { q: string[]; asTitle: boolean; text: string } {
  if (c.title) return { q: queryWords(index, c.title.split(' ')), asTitle: true, text: c.title };
  return { q: queryWords(index, c.words ?? []), asTitle: false, text: (c.words ?? []).join(' ') };
}

/** Where else the number names a chapter that holds the topic: the edition the number was carried from. */
function numberFitsIn(index: CitationIndex, e: Edition, c: ParsedCitation, q: string[]): { edition: Edition; option: CitationOption }[] {
  return index.editions
    .filter((x) => x !== e)
    .flatMap((x) => {
      const ch = chapterByKey(x, c.appendix ?? c.chapter!, !!c.appendix);
      return ch && chapterFit(index, x, ch, q) >= STRONG ? [{ edition: x, option: chapterEntryOption(x, ch, `${name(c)} in ${x.id}`) }] : [];
    })
    .sort((a, b) => b.edition.id.localeCompare(a.edition.id));
}

/** A chapter or appendix cited by number (with or without its title) in one edition. */
export function resolveChapter(index: CitationIndex, e: Edition, c: ParsedCitation): CitationResult {
  const numbered = chapterByKey(e, c.appendix ?? c.chapter!, !!c.appendix);
  const { q, asTitle, text } = topicOf(index, c);
  const best = placesFor(index, e, q)[0];
  const fit = numbered ? chapterFit(index, e, numbered, q) : 0;
  const agrees = !q.length || fit >= WEAK || !best || best.chapter === numbered || best.score < (asTitle ? STRONG : 0.85);
  if (numbered && agrees) {
    // The words fit this number in another edition only: the number was carried from there.
    const carried = q.length && fit < WEAK && asTitle ? numberFitsIn(index, e, c, q) : [];
    if (carried.length) {
      const topic = best && best.score >= WEAK ? [placeOption(best, 'Fits the words in this edition')] : [];
      return {
        kind: 'choose',
        message: `${cap(name(c))} of ${e.title} is ${quoted(titleOf(numbered))}; ${quoted(text)} is ${name(c)} in ${listOf(carried.map((x) => x.edition.id))}, so the number may come from ${carried.length > 1 ? 'an earlier edition' : 'that edition'}.`,
        options: [chapterEntryOption(e, numbered, 'The chapter the number names'), ...topic, ...carried.slice(0, 2).map((x) => x.option)],
      };
    }
    const note = q.length && fit < WEAK && asTitle ? `We could not match ${quoted(text)} to a title in ${e.title}; this is ${name(c)} as numbered.` : undefined;
    return { kind: 'found', option: chapterEntryOption(e, numbered, 'The cited chapter'), ...(note ? { note } : {}) };
  }
  if (!numbered && !best?.score) {
    const elsewhere = index.editions.filter((x) => x !== e && chapterByKey(x, c.appendix ?? c.chapter!, !!c.appendix));
    const also = elsewhere.length ? ` ${name(c)[0].toUpperCase()}${name(c).slice(1)} exists in ${elsewhere.map((x) => x.id).join(', ')}.` : '';
    return { kind: 'not-found', message: `${e.title} has no ${name(c)}.${also} Its chapters:`, options: chapterList(e) };
  }
  // The words point elsewhere in this edition: say so, and offer both.
  const topic = placeOption(best!, 'Holds the topic in this edition');
  const carried = numberFitsIn(index, e, c, q);
  const numberSays = numbered ? `${name(c)[0].toUpperCase()}${name(c).slice(1)} of ${e.title} is ${quoted(titleOf(numbered))}. ` : `${e.title} has no ${name(c)}. `;
  const where = `${quoted(text)} is in ${best!.chapter.l.toLowerCase()} of ${e.title}${best!.section ? ` (${best!.section[0]})` : ''}`;
  const from = carried.length ? `; it is ${name(c)} in ${listOf(carried.map((x) => x.edition.id))}, so the number may come from ${carried.length > 1 ? 'an earlier edition' : 'that edition'}` : '';
  const options = [topic, ...(numbered ? [chapterEntryOption(e, numbered, 'The chapter the number names')] : []), ...carried.slice(0, 2).map((x) => x.option)];
  const ordered = asTitle || !numbered ? options : [options[1], options[0], ...options.slice(2)];
  return { kind: 'choose', message: `${numberSays}${where}${from}.`, options: ordered };
}

/** Words alone (a title or topic without a number) in one edition. */
export function resolveTopic(index: CitationIndex, e: Edition, c: ParsedCitation): CitationResult {
  const { q, text } = topicOf(index, c);
  const places = placesFor(index, e, q);
  const best = places[0];
  if (best && best.score >= STRONG && (places[1]?.score ?? 0) < best.score - 0.05)
    return { kind: 'found', option: placeOption(best, 'Holds the topic'), note: `${quoted(text)} read as ${best.section ? best.section[0] : titleOf(best.chapter)}.` };
  const good = places.filter((p) => p.score >= WEAK).slice(0, 4);
  if (good.length) return { kind: 'choose', message: `Places in ${e.title} that fit ${quoted(text)}:`, options: [...good.map((p) => placeOption(p, 'Fits the words given')), contents(e)] };
  const said = text ? `We could not tell which part of ${e.title} ${quoted(text)} means. ` : '';
  return { kind: 'choose', message: `${said}Its chapters:`, options: [contents(e), ...chapterList(e)] };
}

/** A chapter cited by number with no edition named: the editions whose chapter of that number fits the words first. */
export function chapterAcross(index: CitationIndex, c: ParsedCitation): CitationResult {
  const { q, text } = topicOf(index, c);
  const having = index.editions.flatMap((e) => {
    const ch = chapterByKey(e, c.appendix ?? c.chapter!, !!c.appendix);
    return ch ? [{ e, ch, fit: q.length ? chapterFit(index, e, ch, q) : 0 }] : [];
  });
  const recent = (a: { e: Edition }, b: { e: Edition }) => Number(b.e.current) - Number(a.e.current) || b.e.id.localeCompare(a.e.id);
  const fits = having.filter((h) => h.fit >= STRONG).sort((a, b) => b.fit - a.fit || recent(a, b));
  if (fits.length === 1)
    return { kind: 'found', option: chapterEntryOption(fits[0].e, fits[0].ch, 'The cited chapter'), note: `No edition named: ${name(c)} titled ${quoted(text)} is in ${fits[0].e.title}.` };
  if (fits.length > 1)
    return { kind: 'choose', message: `No edition named: ${name(c)} is ${quoted(text)} in ${listOf(fits.map((f) => f.e.id))}. Which edition?`, options: fits.map((f) => chapterEntryOption(f.e, f.ch, `${name(c)} in ${f.e.id}`)) };
  if (q.length) {
    // The words fit a chapter of another number: offer where they fit, then the numbered chapters.
    const topical = index.editions.map((e) => placesFor(index, e, q)[0]).filter((p) => p && p.score >= STRONG).sort((a, b) => b.score - a.score || recent({ e: a.edition }, { e: b.edition }));
    if (topical.length)
      return {
        kind: 'choose',
        message: `No edition named, and no edition's ${name(c)} is ${quoted(text)}. Where the topic is in each edition, then each ${name(c)}:`,
        options: [...topical.slice(0, 4).map((p) => placeOption(p, `Holds the topic in ${p.edition.id}`)), ...having.sort(recent).map((h) => chapterEntryOption(h.e, h.ch, `${name(c)} in ${h.e.id}`))],
      };
  }
  if (!having.length) return { kind: 'not-found', message: `No edition has ${name(c)}. The editions:`, options: index.editions.map((e) => contents(e)) };
  return { kind: 'choose', message: `Which edition? ${name(c)[0].toUpperCase()}${name(c).slice(1)} of each, the edition in force first:`, options: having.sort(recent).map((h) => chapterEntryOption(h.e, h.ch, `${name(c)} in ${h.e.id}`)) };
}
