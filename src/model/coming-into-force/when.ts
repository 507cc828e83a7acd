/**
 * When a change in law is expected to start, in words for readers. Sources often say only that no
 * date is announced; an entry then reads "Start date not yet announced", never "Expected: Not yet
 * announced".
 */
const UNANNOUNCED = /^(?:not (?:yet )?(?:announced|known|set|confirmed)|to be (?:announced|confirmed)|tb[ac]|unknown)\.?$/i;

export interface When {
  /** False when no start date has been announced. */
  announced: boolean;
  /** On its own line: "Expected: late 2027 ..." or "Start date not yet announced". */
  sentence: string;
  /** After "not yet in effect; ": "expected: late 2027 ..." or "start date not yet announced". */
  phrase: string;
}

export function whenExpected(expected: string): When {
  const text = expected.trim();
  if (UNANNOUNCED.test(text)) return { announced: false, sentence: 'Start date not yet announced', phrase: 'start date not yet announced' };
  return { announced: true, sentence: `Expected: ${text}`, phrase: `expected: ${text}` };
}
