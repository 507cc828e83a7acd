/**
 * Facts stated in prose (a key change, a tree outcome, a flowchart step) that the provisions it
 * links also hold as structured facts: timescales ("within 15 working days") and must/should.
 * Read here so a check can compare them and fail a build where they disagree.
 */
import type { Timescale, TimeUnit } from '../schemas/timescale.ts';

const WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, fifteen: 15, twenty: 20, 'forty-five': 45 };
const TIME = /\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|forty-five)[\s-]+(working[\s-]+days?|days?|hours?|weeks?|months?|years?)\b/gi;

/** Every timescale the text states, e.g. "within 15 working days" -> { value: 15, unit: "working days" }. */
export function statedTimescales(text: string): Timescale[] {
  return [...text.matchAll(TIME)].map((m) => {
    const value = /^\d+$/.test(m[1]) ? Number(m[1]) : WORDS[m[1].toLowerCase()];
    const raw = m[2].toLowerCase().replace(/[\s-]+/g, ' ');
    const unit = (raw.endsWith('s') ? raw : `${raw}s`) as TimeUnit;
    return { value, unit };
  });
}

/** A timescale as a comparable length: 1 year = 12 months, 1 week = 7 days; working days stay apart. */
export function lengthOf(t: Timescale): string {
  const [n, unit] = t.unit === 'years' ? [t.value * 12, 'months'] : t.unit === 'weeks' ? [t.value * 7, 'days'] : [t.value, t.unit];
  return `${n} ${unit}`;
}

/** must or should, where the text says one and not the other. */
export function statedModality(text: string): 'must' | 'should' | undefined {
  const must = /\bmust\b/i.test(text), should = /\bshould\b/i.test(text);
  return must && !should ? 'must' : should && !must ? 'should' : undefined;
}

/** Sentences that state a rule (not "If the child must be removed ...", which states a condition). */
function ruleSentences(text: string): string[] {
  return text.split(/(?<=[.;:!?])\s+|\n+/).filter((s) => !/^\s*(if|where|when|whether|unless)\b/i.test(s));
}

/** Ages ("17 years old", "aged 16", "under 18") are not timescales. */
const isAge = (text: string, index: number, match: string) =>
  /^\s*(olds?|of age)\b|^-year-olds?/i.test(text.slice(index + match.length, index + match.length + 8)) || /\b(aged|age of|under)\s*$/i.test(text.slice(Math.max(0, index - 10), index));

export interface LinkedFacts {
  /**
   * The provisions the text links (its own edition's). Where one records no modality, the
   * must/should its own summary states (if any) stands in, so a summary of it is checked against
   * the provision it summarises.
   */
  provisions: { id: string; modality?: string; within?: Timescale; every?: Timescale; text?: string }[];
  /** Provisions of an earlier edition it also links (a key change's "was"): their timescales may be named too. */
  previous?: { within?: Timescale; every?: Timescale }[];
  /**
   * A summary of the provisions (a key change, an at-a-glance item): a must or should it states
   * needs one of them to say so (not merely none of them to contradict it).
   */
  summary?: boolean;
}

/** What a provision says about must/should/may: its recorded modality, else the one its summary states. */
const modalityOf = (p: LinkedFacts['provisions'][number]) => p.modality ?? (p.text ? statedModality(p.text) : undefined);

/**
 * Where the text disagrees with the structured facts of the provisions it links, one sentence each:
 * a timescale none of them gives, or a must/should that every one of them contradicts.
 */
export function disagreements(text: string, linked: LinkedFacts): string[] {
  const out: string[] = [];
  const all = [...linked.provisions, ...(linked.previous ?? [])];
  const lengths = new Set(all.flatMap((p) => [p.within, p.every]).filter((t): t is Timescale => !!t).map(lengthOf));
  const ids = linked.provisions.map((p) => p.id).join(', ');
  for (const m of text.matchAll(TIME)) {
    if (isAge(text, m.index!, m[0])) continue;
    const t = statedTimescales(m[0])[0];
    if (lengths.has(lengthOf(t))) continue;
    out.push(lengths.size
      ? `says "${m[0]}", but the provisions it links (${ids}) give ${[...lengths].join(', ')}`
      : `says "${m[0]}", but none of the provisions it links (${ids || 'none'}) gives a timescale`);
  }
  const modalities = linked.provisions.map(modalityOf);
  for (const s of ruleSentences(text)) {
    const m = statedModality(s);
    if (!m) continue;
    const quote = `"${m}" ("${s.trim().slice(0, 80)}")`;
    const stated = [...new Set(modalities.filter(Boolean))];
    const contradicted = linked.summary ? stated.length > 0 : modalities.length > 0 && modalities.every(Boolean);
    if (contradicted && !stated.includes(m)) out.push(`says ${quote}, but the provisions it links (${ids}) say ${stated.join(', ')}`);
    else if (linked.summary && !stated.length) out.push(`says ${quote}, but none of the provisions it links (${ids || 'none'}) says must, should or may`);
  }
  return [...new Set(out)];
}
