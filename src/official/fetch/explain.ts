/** What fetch-official says when a downloaded PDF is not the one recorded: why, what to check, how to accept it. */
import type { Verdict } from './lock.ts';

const short = (sum: string) => `${sum.slice(0, 12)}…`;

export function refusal(edition: string, from: string, now: string, v: Extract<Verdict, { kind: 'differs' }>): string[] {
  const against = v.pinned ? `the checksum recorded in editions/${edition}/edition.yaml (publication.pdf, ${v.since})` : `the file recorded in official-pdfs.lock on ${v.since}`;
  return [
    `${edition}: refused: the PDF from ${from} is not ${against} (SHA-256 was ${short(v.expected)}, now ${short(now)}).`,
    `  The department re-issues its PDFs, at a new address or in place, and a re-issue can change the text.`,
    `  Check the publication page's history on GOV.UK ("Updated" and the full page history) and compare the new file with the old;`,
    `  then accept it: npm run fetch-official -- --accept-new ${edition}${v.pinned ? ` (and update sha256 in editions/${edition}/edition.yaml)` : ''}.`,
    `  Accepting records its checksum in official-pdfs.lock (commit that file), imports it and proposes the alignment again for review.`,
    `  Until then the text imported before stays as it is.`,
  ];
}
