/**
 * The national amendments log, content/amendments.yaml: validated, cross-checked against the site
 * (editions, official amendments, places, sources) and against content/currency.yaml (the newest
 * currency check in the log is the one every footer shows), and turned into LogEntry records for
 * the Amendments page and the feed. Omissions warn: an edition with no entry, a check not logged,
 * a planned check that has passed.
 */
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { readYamlFile } from '../../content/yaml-file.ts';
import { amendmentSchema, type Amendment } from '../../schemas/amendments.ts';
import type { ContentError } from '../../validation/content-error.ts';
import { validateList } from '../../validation/list-items.ts';
import type { FeatureLoader } from '../features.ts';
import { loadCurrency } from '../currency/feature.ts';
import { today } from '../in-force.ts';
import { getEdition } from '../queries.ts';
import type { Site } from '../types.ts';
import { suggest } from '../local/nearest.ts';
import { resolveRef } from './site-refs.ts';
import { KIND_LABELS, type LogEntry } from './types.ts';
import { oncePerSite, pagesContext } from '../once-per-site.ts';

export interface LoadedAmendments {
  entries: LogEntry[];
  /** The last check (currency.yaml) and the next planned one: stated there, or 12 months on at the latest. */
  lastChecked: string | null;
  nextCheck: { date: string; stated: boolean } | null;
  errors: ContentError[];
  warnings: string[];
}

/** The same day 12 months later (29 February becomes 28 February). */
export function twelveMonthsAfter(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  const last = new Date(Date.UTC(y + 1, m, 0)).getUTCDate();
  return `${y + 1}-${String(m).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

export function loadAmendments(root: string, project: string, site: Site, on = today()): LoadedAmendments {
  const abs = join(root, 'amendments.yaml');
  const file = relative(project, abs);
  const out: LoadedAmendments = { entries: [], lastChecked: null, nextCheck: null, errors: [], warnings: [] };
  if (!existsSync(abs)) {
    out.errors.push({ code: 'missing-file', file, line: 1, message: 'The site has no amendments log: readers cannot see what changed and when.', fix: 'create content/amendments.yaml (see content/README.md, "The amendments log")' });
    return out;
  }
  const y = readYamlFile(abs, file);
  if ('code' in y) { out.errors.push(y); return out; }
  const items = validateList(y, amendmentSchema, 'Entry', out.errors);
  if (out.errors.length) return out;
  const log = items.map((x) => x.data);
  const err = (code: string, path: (string | number)[], message: string, fix: string) => out.errors.push({ code, file, line: y.locate(path), message, fix });
  const seen = new Set<string>();
  log.forEach((a, i) => {
    const who = `Entry "${a.id}"`;
    if (seen.has(a.id)) err('amendments-duplicate-id', [i, 'id'], `${who}: the id is used twice.`, 'give each entry its own id');
    seen.add(a.id);
    if (a.date > on) err('amendments-bad-date', [i, 'date'], `${who} is dated ${a.date}, a day that has not come yet.`, 'give the day the change was made; nothing is logged ahead of time');
    if (i > 0 && a.date < log[i - 1].date) err('amendments-bad-date', [i, 'date'], `${who} (${a.date}) is listed after an entry dated ${log[i - 1].date}.`, 'keep the log in date order, oldest first: add new entries at the end');
    if (a.updated && a.updated < a.date) err('amendments-bad-date', [i, 'updated'], `${who} says it was corrected on ${a.updated}, before its own date ${a.date}.`, 'give the day the entry was corrected');
    const e = a.edition ? getEdition(site, a.edition) : undefined;
    if (a.edition && !e) err('amendments-unknown-edition', [i, 'edition'], `${who} names edition ${a.edition}, which the site does not have.`, `name one of ${site.editions.map((x) => x.id).join(', ')}`);
    if (e && a.kind === 'amendment' && !e.amendments.some((x) => x.date === a.amended))
      err('amendments-unknown-amendment', [i, 'amended'], `${who} records an amendment of ${a.amended}, which ${e.file} does not list.`, e.amendments.length ? `use one of its amendment dates: ${e.amendments.map((x) => x.date).join(', ')}` : `record the amendment in ${e.file} (amendments:) first`);
    a.see.forEach((ref, j) => { const r = resolveRef(site, ref); if ('problem' in r) err('amendments-unknown-place', [i, 'see', j], `${who} ${r.problem}.`, r.fix); });
    a.sources.forEach((s, j) => { if (!site.sources.has(s)) err('unknown-source', [i, 'sources', j], `${who} cites source "${s}", which content/sources/*.yaml does not list.`, `add the source or correct the id: ${suggest(s, site.sources.keys(), '')}`); });
  });
  out.entries = log.map((a) => entryOf(site, a));
  crossCheckCurrency(root, project, site, on, log, y.locate, file, out);
  for (const e of site.editions)
    if (!log.some((a) => a.kind === 'edition' && a.edition === e.id))
      out.warnings.push(`${file}:1  ${e.shortTitle} is on the site but the amendments log has no entry for it: readers of the Amendments page and feed will not hear of it. Add a kind: edition entry.`);
  return out;
}

function crossCheckCurrency(root: string, project: string, site: Site, on: string, log: Amendment[], locate: (p: PropertyKey[]) => number, file: string, out: LoadedAmendments): void {
  const c = loadCurrency(root, project, site, on).currency;
  if (!c) return;
  out.lastChecked = c.lastChecked;
  const checks = log.map((a, i) => ({ a, i })).filter(({ a }) => a.kind === 'currency-check');
  const newest = checks.at(-1);
  if (newest && newest.a.date > c.lastChecked)
    out.errors.push({ code: 'amendments-disagree', file, line: locate([newest.i, 'date']), message: `The log records a currency check on ${newest.a.date}, but content/currency.yaml says the content was last checked on ${c.lastChecked}.`, fix: 'update lastChecked in content/currency.yaml to the day of the check, or correct the entry\'s date' });
  else if (!checks.some(({ a }) => a.date === c.lastChecked))
    out.warnings.push(`${file}:1  content/currency.yaml says the content was last checked on ${c.lastChecked}, but the amendments log has no currency-check entry for that day: add one, so feed readers hear of it.`);
  const latest = twelveMonthsAfter(c.lastChecked);
  const currencyFile = relative(project, join(root, 'currency.yaml'));
  const read = readYamlFile(join(root, 'currency.yaml'), currencyFile);
  const nextLine = 'code' in read ? 1 : read.locate(['nextCheck']);
  if (c.nextCheck && (c.nextCheck <= c.lastChecked || c.nextCheck > latest))
    out.errors.push({ code: 'amendments-disagree', file: currencyFile, line: nextLine, message: `The next check is planned for ${c.nextCheck}, which is not after the last check (${c.lastChecked}) and within 12 months of it.`, fix: `plan it between ${c.lastChecked} and ${latest}: the build warns once a check is 12 months old` });
  else if (c.nextCheck && c.nextCheck < on)
    out.warnings.push(`${currencyFile}:${nextLine}  The check planned for ${c.nextCheck} is overdue: check the publication page, then update lastChecked, nextCheck and the amendments log.`);
  out.nextCheck = c.nextCheck ? { date: c.nextCheck, stated: true } : { date: latest, stated: false };
}

function entryOf(site: Site, a: Amendment): LogEntry {
  const e = a.edition ? getEdition(site, a.edition) : undefined;
  const links: LogEntry['links'] = [];
  if (e && a.kind === 'amendment' && e.amendments.length) links.push({ path: `${e.path}#amendments`, label: `${e.shortTitle}: amendments after publication` });
  else if (e) links.push({ path: e.path, label: e.shortTitle });
  if (a.kind === 'currency-check') links.push({ path: '/about/#currency', label: 'How current this site is, and how to check for yourself' });
  for (const ref of a.see) { const r = resolveRef(site, ref); if (!('problem' in r)) links.push(r); }
  return { id: a.id, scope: 'national', kind: a.kind, kindLabel: KIND_LABELS[a.kind], date: a.date, updated: a.updated ?? a.date, title: a.title, summary: a.summary.replace(/\s+/g, ' '), links, areas: [], external: [] };
}

const memoised = oncePerSite((ctx) => loadAmendments(ctx.root, ctx.project, ctx.site));

export const amendmentsFeature: FeatureLoader = {
  name: 'amendments log',
  check: (ctx) => memoised(ctx).errors,
  warn: (ctx) => memoised(ctx).warnings,
};

/** The national log, for pages (after validation passed). */
export function getAmendments(site: Site): LoadedAmendments {
  return memoised(pagesContext(site));
}
