/**
 * Says, in plain words, what each thing the checker found points to, what became of it in the
 * edition in force and what to write instead. One function per kind of finding.
 */
import type { CitationResult } from '../../search/resolve-citation.ts';
import type { FoundCitation, FoundEditionReference } from './find-citations.ts';
import type { FoundTerm } from './find-terms.ts';
import type { FoundDuty } from './find-duties.ts';
import { type CheckerData, type Fate, type Finding, type Place } from './types.ts';
import { longDate } from '../long-date.ts';

export type Draft = Omit<Finding, 'found' | 'lines' | 'context'> & { key: string };

export { longDate } from '../long-date.ts';

const wt = (id: string) => `Working Together ${id}`;
const list = (places: Place[]) => places.map((p) => p.label).join('; ');
const MAX_NOTES = 4;

/** The first few notes of what changed, each a sentence, and how many more the linked pages hold. */
function changesOf(notes: string[]): string[] {
  const shown = notes.slice(0, MAX_NOTES).map((n) => (/[.!?]$/.test(n) ? n : `${n}.`));
  return notes.length > MAX_NOTES ? [...shown, `And ${notes.length - MAX_NOTES} more: see the linked pages.`] : shown;
}

const CARRIED = (current: string) => `carried forward, not confirmed: no source we have confirms what ${wt(current)} says here, so check the official text before relying on it`;

function fateDetail(fate: Fate, from: string, current: string): string {
  const head: Record<Fate['status'], string> = {
    'in-force': `This cites ${wt(current)}, the edition in force.`,
    unchanged: `${wt(current)} keeps this unchanged.`,
    reworded: `${wt(current)} keeps this in substance; only the wording changed.`,
    changed: `What the guidance says here has changed since ${wt(from)}.`,
    moved: `${wt(current)} keeps this in a different place.`,
    removed: `This is no longer in the guidance.`,
    unconfirmed: `${wt(current)} carries this forward, but it is not confirmed.`,
    renamed: '', superseded: '', 'not-found': '',
  };
  const now = fate.successors.length && fate.status !== 'in-force' ? ` Now: ${list(fate.successors)}.` : '';
  const carried = fate.unconfirmed && fate.status !== 'unconfirmed' ? ` It is ${CARRIED(current)}.` : '';
  return `${head[fate.status]}${now}${carried}`;
}

function fateSuggestion(fate: Fate, current: string): string {
  const check = fate.unconfirmed ? ` Check it against the official text of ${wt(current)} first: it is carried forward, not confirmed.` : '';
  if (fate.status === 'in-force') return `No change needed.${check}`;
  if (fate.status === 'removed')
    return fate.successors.length
      ? `Remove this citation or rewrite the passage; its subject is now covered by ${list(fate.successors)}.${check}`
      : `Remove this citation, or rewrite the passage without it: ${wt(current)} has nothing in its place.`;
  const cite = `Cite ${list(fate.successors)} instead.`;
  if (fate.status === 'changed') return `${cite} Then check the passage against what changed: it may no longer hold.${check}`;
  return `${cite}${check}`;
}

/** The fate of a place: its own, else that of the chapter it stands in (a section or chart without paragraph numbers). */
function fateOf(url: string, data: CheckerData): Fate | undefined {
  const chapter = /^(.*\/\d{4}\/[^/#]+\/)/.exec(url)?.[1];
  return data.fates[url] ?? data.fates[url.split('#')[0]] ?? (chapter ? data.fates[chapter] : undefined);
}

export function citationFinding(c: FoundCitation, answer: CitationResult, data: CheckerData, documentYear: number | null = null): Draft {
  const key = `citation:${c.query}`;
  const draft = describeCitation(c, answer, data, key);
  // An edition published after the date the document gives: the citation or the date is wrong.
  const year = Number(c.parsed.edition);
  if (documentYear && year > documentYear)
    draft.detail = `Your document gives ${documentYear} as its date, before ${wt(String(year))} was published: check which edition it means. ${draft.detail}`;
  return draft;
}

function describeCitation(c: FoundCitation, answer: CitationResult, data: CheckerData, key: string): Draft {
  // A chapter whose number and title disagree is read by its title (the topic), saying so.
  const byTopic = answer.kind === 'choose' && answer.options[0]?.why?.startsWith('Holds the topic') ? answer.options[0] : undefined;
  const result: CitationResult = byTopic ? { kind: 'found', option: byTopic, note: answer.kind === 'choose' ? answer.message : undefined } : answer;
  if (result.kind !== 'found') {
    // Not placed: what it may mean is offered in the cited edition, never as a place in the edition in force.
    return {
      key, kind: 'citation', pointsTo: { label: `${c.query.replace(/^WT(\d{4})/, 'Working Together $1,')} (not placed)` },
      status: 'not-found', unconfirmed: false, detail: result.message, changes: [], successors: [],
      nearby: result.options.filter((o) => o.url).map((o) => ({ label: o.label, url: o.url })),
      suggestion: `Check this citation against the official text of ${c.parsed.edition ? wt(c.parsed.edition) : 'the edition meant'}; the places it may mean are listed.`,
    };
  }
  const option = result.option;
  const fate = fateOf(option.url, data);
  if (!fate)
    return { key, kind: 'citation', pointsTo: option, status: 'not-found', unconfirmed: false, detail: 'We have no lineage for this place.', changes: [], successors: [], suggestion: 'Check it against the official text.' };
  const read = byTopic && result.kind === 'found' && result.note ? `Read by its title, not its number: ${result.note} ` : '';
  return {
    key, kind: 'citation', pointsTo: { label: option.label, url: option.url }, status: fate.status, unconfirmed: fate.unconfirmed,
    detail: `${read}${fateDetail(fate, option.edition, data.current)}`, changes: changesOf(fate.notes), successors: fate.successors, suggestion: fateSuggestion(fate, data.current),
    ...(byTopic && answer.kind === 'choose' ? { nearby: answer.options.slice(1).map((o) => ({ label: o.label, url: o.url })) } : {}),
  };
}

export function editionFinding(r: FoundEditionReference, data: CheckerData): Draft | null {
  const current = data.editions.find((e) => e.id === data.current)!;
  const e = data.editions.find((x) => x.id === r.year);
  if (e && e.status !== 'superseded') return null;
  const key = `edition:${r.year}`;
  const now: Place = { label: `${current.title} (in force since ${longDate(current.inForce)})`, url: current.url };
  if (!e) {
    if (!r.spelled) return null;
    const older = r.year < data.editions[0].id;
    return {
      key, kind: 'edition', pointsTo: { label: `${wt(r.year)}${older ? ', an edition before those this site covers' : ', not an edition we know of'}` },
      status: older ? 'superseded' : 'not-found', unconfirmed: false,
      detail: older ? `${wt(r.year)} was replaced long ago; ${current.title} is in force.` : `We know of no edition of ${r.year}; the editions are ${data.editions.map((x) => x.id).join(', ')}.`,
      changes: [], successors: [now], suggestion: `Check which edition is meant, and refer to Working Together to Safeguard Children ${current.id}, the edition in force.`,
    };
  }
  const next = e.supersededBy ? ` and replaced by ${wt(e.supersededBy)}` : '';
  return {
    key, kind: 'edition', pointsTo: { label: `${e.title} (in force from ${longDate(e.inForce)}${next})`, url: e.url },
    status: 'superseded', unconfirmed: false,
    detail: `${e.title} is no longer in force: ${current.title} has been in force since ${longDate(current.inForce)}.`,
    changes: [], successors: [now, { label: `What changed from ${e.id} to ${current.id}`, url: `${data.base.replace(/\/?$/, '/')}compare/${e.id}/${current.id}/` }],
    suggestion: `Refer to Working Together to Safeguard Children ${current.id} instead, and check what this passage relies on against it.`,
  };
}

export function termFinding(f: FoundTerm, data: CheckerData): Draft {
  const t = f.term;
  const name = t.names.map((n) => (n.acronym ? `${n.term} (${n.acronym})` : n.term)).join(', ');
  const used = t.editions.length > 1 ? `${t.editions.slice(0, -1).join(', ')} and ${t.editions.at(-1)}` : t.editions[0];
  const pointsTo = { label: `${name}: used in ${t.editions.length > 1 ? 'editions' : 'the edition of'} ${used}`, url: t.definedAt.url };
  const note = t.note ? ` ${t.note}` : '';
  const key = `term:${t.id}`;
  if (t.status === 'removed' || !t.successor)
    return {
      key, kind: 'term', pointsTo, status: 'removed', unconfirmed: false,
      detail: `No edition since ${t.editions.at(-1)} uses it or anything in its place.${note}`, changes: [], successors: [],
      suggestion: `Remove it, or rewrite the passage in the terms of ${wt(data.current)}.`,
    };
  const s = t.successor;
  const sName = s.acronym ? `${s.name} (${s.acronym})` : s.name;
  const unconfirmed = !s.confirmed ? ` Our crosswalk lists “${s.name}” up to ${wt(s.lastEdition)}; it is ${CARRIED(data.current)}.` : '';
  const usedAcronym = t.names.some((n) => n.acronym && f.text.startsWith(n.acronym));
  const write = usedAcronym && s.acronym ? `${s.name} (${s.acronym})` : s.name;
  return {
    key, kind: 'term', pointsTo, status: 'renamed', unconfirmed: !s.confirmed,
    detail: `Replaced by ${sName}.${note}${unconfirmed}`, changes: [], successors: [{ label: sName, url: s.url }],
    suggestion: `Write “${write}” instead of “${f.text}”, and check the sentence still says who does what under ${wt(data.current)}.`,
  };
}


export function dutyFinding(f: FoundDuty, data: CheckerData): Draft {
  const d = f.duty;
  const fate = d.fate;
  return {
    key: `duty:${d.id}`, kind: 'duty', pointsTo: d.was[d.was.length - 1], status: fate.status, unconfirmed: fate.unconfirmed,
    detail: `${d.note}${fate.successors.length ? ` In ${wt(data.current)}: ${list(fate.successors)}.` : ''}${fate.unconfirmed ? ` It is ${CARRIED(data.current)}.` : ''}`,
    changes: changesOf(fate.notes), successors: fate.successors,
    suggestion: fate.successors.length
      ? `Rewrite the passage so it says who must do this now, as ${list(fate.successors)} sets out.${fate.unconfirmed ? ` Check it against the official text of ${wt(data.current)} first: it is carried forward, not confirmed.` : ''}`
      : `Remove or rewrite the passage: ${wt(data.current)} has nothing in its place.`,
  };
}
