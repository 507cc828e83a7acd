/**
 * Finds duties that moved between bodies, as documents write the old duty ("notify Ofsted" of a
 * serious incident): a phrase (any case, words split by spaces or line breaks), with one of the
 * duty's context words in the same sentence. Pure: runs in the browser.
 */
import type { TextSpan } from './find-citations.ts';
import type { DutyData } from './types.ts';

export interface FoundDuty extends TextSpan {
  duty: DutyData;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const words = (s: string) => s.trim().split(/\s+/).map(escape).join(String.raw`\s+`);

/** The sentence around an offset: from the last full stop, semicolon or blank line before it to the next after it. */
function sentenceAt(text: string, start: number, end: number): string {
  const before = text.slice(0, start).search(/(?:[.;!?]\s|\n\s*\n)[^.;!?]*$/);
  const after = text.slice(end).search(/[.;!?](?:\s|$)|\n\s*\n/);
  return text.slice(before < 0 ? 0 : before, after < 0 ? text.length : end + after);
}

export function findDuties(text: string, duties: DutyData[]): FoundDuty[] {
  const out: FoundDuty[] = [];
  for (const duty of duties) {
    const phrase = new RegExp(String.raw`\b(?:${duty.phrases.map(words).join('|')})\b`, 'gi');
    const context = duty.context.length ? new RegExp(String.raw`\b(?:${duty.context.map(words).join('|')})`, 'i') : null;
    for (const m of text.matchAll(phrase)) {
      if (context && !context.test(sentenceAt(text, m.index, m.index + m[0].length))) continue;
      out.push({ start: m.index, end: m.index + m[0].length, text: m[0].replace(/\s+/g, ' '), duty });
    }
  }
  return out;
}
