/** The search page's result summary, in words that agree with the count. */

/** "1 provision matches “x”", "12 provisions match “x”; showing the first 10". */
export function matchSummary(total: number, shown: number, q: string): string {
  const noun = total === 1 ? 'provision matches' : 'provisions match';
  return `${total} ${noun} “${q}”${total > shown ? `; showing the first ${shown}` : ''}.`;
}

/** "No provision holds all of “x y”. 1 holds all but one of the words:" */
export function partialSummary(total: number, q: string): string {
  return `No provision holds all of “${q}”. ${total} ${total === 1 ? 'holds' : 'hold'} all but one of the words:`;
}
