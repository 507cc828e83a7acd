/**
 * Writes an Atom 1.0 feed (RFC 4287) of amendments log entries: every feed and entry has an id, a
 * title and an updated date; the feed names its author and links to itself and to its page; each
 * entry links to its place on the Amendments page and carries a plain-text summary. Addresses are
 * absolute (the site's origin comes from WTN_SITE at build time), so any feed reader or
 * feed-to-email service can follow them. Nothing in a feed identifies or tracks a reader.
 */
import { escapeHtml } from '../local/render.ts';
import { newestFirst, type LogEntry } from './types.ts';

export interface FeedOptions {
  /** The feed's own absolute address (also its id). */
  self: string;
  /** The absolute address of the page it mirrors. */
  page: string;
  /** The absolute address of the Amendments page, where every entry has its anchor (its id in every feed). */
  log: string;
  title: string;
  subtitle: string;
  /** Entries, in any order: the feed lists them newest first. */
  entries: LogEntry[];
  /** Turns a site path (no base) into an absolute address. */
  absolute: (path: string) => string;
}

const x = escapeHtml;
/** Atom dates are full RFC 3339 timestamps; log entries are days, taken as midnight UTC. */
export const atomDate = (day: string) => `${day}T00:00:00Z`;

/** An entry's anchor on the Amendments page: its id (local entries are prefixed "local-"). */
export const entryAnchor = (e: Pick<LogEntry, 'id' | 'scope'>) => `${e.scope === 'local' ? 'local-' : ''}${e.id}`;
const entryAddress = (log: string, e: LogEntry) => `${log}#${entryAnchor(e)}`;

function entry(e: LogEntry, o: FeedOptions): string {
  const links = e.links.map((l) => `${l.label}: ${o.absolute(l.path)}`).concat(e.external.map((l) => `${l.label}: ${l.url}`));
  const summary = [e.summary, ...links].join('\n');
  return [
    '  <entry>',
    `    <id>${x(entryAddress(o.log, e))}</id>`,
    `    <title>${x(`${e.kindLabel}: ${e.title}`)}</title>`,
    `    <published>${atomDate(e.date)}</published>`,
    `    <updated>${atomDate(e.updated)}</updated>`,
    `    <link rel="alternate" type="text/html" href="${x(entryAddress(o.log, e))}"/>`,
    `    <category term="${x(e.kind)}" label="${x(e.kindLabel)}"/>`,
    `    <summary type="text">${x(summary)}</summary>`,
    '  </entry>',
  ].join('\n');
}

export function atomFeed(o: FeedOptions): string {
  const entries = newestFirst(o.entries);
  const updated = entries.reduce((max, e) => (e.updated > max ? e.updated : max), entries[0]?.date ?? '1970-01-01');
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-GB">',
    `  <id>${x(o.self)}</id>`,
    `  <title>${x(o.title)}</title>`,
    `  <subtitle>${x(o.subtitle)}</subtitle>`,
    `  <updated>${atomDate(updated)}</updated>`,
    '  <author><name>Working Together Navigator</name></author>',
    `  <link rel="self" type="application/atom+xml" href="${x(o.self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${x(o.page)}"/>`,
    '  <generator>Working Together Navigator</generator>',
    ...entries.map((e) => entry(e, o)),
    '</feed>',
    '',
  ].join('\n');
}
