/**
 * An edition named inside a word query: "2018 strategy discussion", "WT2010 conference",
 * "conference wt10", "Working Together 2015 rapid review", "strategy discussion (2018 edition)".
 * The edition is taken out of the words (they still search every edition) and its results are
 * ranked first. A year that belongs to a law ("Data Protection Act 2018") names no edition.
 */

export interface EditionInQuery {
  /** The edition named, or null. */
  edition: string | null;
  /** The query without it (the original query when nothing else is left). */
  words: string;
}

/** Words a law's year follows: "Act 2018", "Regulations 2018", "Order 2010". */
const LAW = /\b(?:act|acts|regulations?|order|rules|measure|bill|directive)\s*$/i;
const FILLER = /^(?:in|of|from|the|edition|version|to|safeguard|children)$/i;

export function editionInQuery(query: string, editions: string[]): EditionInQuery {
  const patterns: RegExp[] = [
    /\bworking\s+together(?:\s+to\s+safeguard\s+children)?\s*\(?\s*('?\d{2}|\d{4})\b\)?/i,
    /\bwt\s*'?(\d{2}|\d{4})\b/i,
    /(?<![\d.])\(?((?:19|20)\d{2})\)?(?![\d.])/,
  ];
  for (const re of patterns) {
    const m = re.exec(query);
    if (!m) continue;
    const y = m[1].replace("'", '');
    const year = y.length === 2 ? `20${y}` : y;
    if (!editions.includes(year)) continue;
    if (re === patterns[2] && LAW.test(query.slice(0, m.index))) continue;
    const rest = `${query.slice(0, m.index)} ${query.slice(m.index + m[0].length)}`
      .split(/\s+/)
      .map((w) => w.replace(/^[(),;:]+|[(),;:]+$/g, ''))
      .filter(Boolean);
    // Words that only joined the edition to the query ("in 2018", "2018 edition") go with it.
    while (rest.length && FILLER.test(rest[0])) rest.shift();
    while (rest.length && FILLER.test(rest.at(-1)!)) rest.pop();
    const words = rest.join(' ');
    return { edition: year, words: words || query.trim() };
  }
  return { edition: null, words: query.trim() };
}
