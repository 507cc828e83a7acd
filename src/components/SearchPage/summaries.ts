/** The search page's result summary, in words that agree with the count. */

/** "1 result matches “x”", "40 results match “x”; showing 1 to 30". */
export function matchSummary(total: number, shown: number, q: string): string {
  const noun = total === 1 ? 'result matches' : 'results match';
  return `${total} ${noun} “${q}”${total > shown ? `; showing 1 to ${shown}` : ''}.`;
}

/** "No result holds all of “x y”. 1 holds all but one of the words:" */
export function partialSummary(total: number, q: string): string {
  return `No result holds all of “${q}”. ${total} ${total === 1 ? 'holds' : 'hold'} all but one of the words:`;
}

/** "Showing 1 to 60 of 84 results." Said when more results are added below. */
export function shownSummary(shown: number, total: number): string {
  return shown >= total ? `Showing all ${total} results.` : `Showing 1 to ${shown} of ${total} results.`;
}
