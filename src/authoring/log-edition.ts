/**
 * The amendments log entry `npm run new-edition` adds for the new edition (content/amendments.yaml,
 * appended, so the log stays oldest first): readers of the Amendments page and its feed hear of
 * the edition the day it is on the site. Its summary says plainly that nothing is confirmed yet;
 * the author rewrites it once sources confirm what the edition says.
 */
export function editionLogEntry(o: { id: string; previous: string; today: string }): string {
  return [
    '',
    `- id: edition-${o.id}-added`,
    `  date: ${o.today}`,
    '  kind: edition',
    `  edition: "${o.id}"`,
    `  title: Working Together ${o.id} added`,
    '  summary: >-',
    `    Every chapter, section and provision of Working Together ${o.previous} is carried into the ${o.id} edition,`,
    '    marked as carried forward, not confirmed, until sources confirm what the new edition says.',
    '',
  ].join('\n');
}
