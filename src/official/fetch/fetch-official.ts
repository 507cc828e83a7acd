/**
 * Brings the official text in at deploy time: for each edition, download its PDF (or read it from a
 * folder or mirror), check it against the checksum recorded at the first fetch, keep it in a
 * git-ignored cache, import it (npm run import) into <content>/official/<id>/, then align each
 * imported edition with the one before it (npm run align). One edition's failure never stops the
 * others; each problem is one line (a refused re-issue explains itself); the result says if any
 * failed. Nothing is written outside the cache, <content>/official/ and <content>/official-pdfs.lock.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadSite } from '../../model/index.ts';
import type { EditionModel } from '../../model/types.ts';
import { download, readLocal, type Got } from './download.ts';
import { refusal } from './explain.ts';
import { readLock, sha256, verdict, writeLock } from './lock.ts';
import { placesFor } from './plan.ts';

export interface FetchOptions {
  /** The content folder (its editions/, official/ and official-pdfs.lock). */
  contentRoot: string;
  /** Where downloaded PDFs are kept (git-ignored). */
  cacheDir: string;
  /** Only these editions (default: every edition with a PDF to fetch). */
  editions?: string[];
  /** Read PDFs from this folder instead of downloading. */
  from?: string;
  /** Download from this mirror (URL/<id>.pdf) instead of the publisher. */
  mirror?: string;
  /** Editions whose changed PDF the deployer has checked and accepts. */
  acceptNew?: string[];
  /** Pass --strict to the importer. */
  strict?: boolean;
  /** false: download and check only. */
  importText?: boolean;
  timeoutMs?: number;
  today?: string;
  log?: (line: string) => void;
}

export interface EditionOutcome { edition: string; result: 'imported' | 'checked' | 'skipped' | 'failed' }

const SCRIPTS = resolve(import.meta.dirname, '../../../scripts');
const hasImport = (root: string, id: string) => existsSync(join(root, 'official', id)) && readdirSync(join(root, 'official', id)).some((f) => f.endsWith('.mdx'));
const firstLine = (s: string) => s.split('\n').map((l) => l.trim()).find(Boolean) ?? '';

export async function fetchOfficial(o: FetchOptions): Promise<{ outcomes: EditionOutcome[]; failed: boolean }> {
  const log = o.log ?? console.log;
  const root = resolve(o.contentRoot);
  const { site, errors } = loadSite(root);
  if (errors.length) { log(`The content has ${errors.length} problem(s): run npm run check:content first. Nothing fetched.`); return { outcomes: [], failed: true }; }
  const unknown = (o.editions ?? []).filter((id) => !site.editions.some((e) => e.id === id));
  const chosen = site.editions.filter((e) => !o.editions || o.editions.includes(e.id));
  const lockFile = join(root, 'official-pdfs.lock');
  const lock = readLock(lockFile);
  let lockChanged = false;
  const outcomes: EditionOutcome[] = unknown.map((id) => { log(`${id}: no such edition in ${join(root, 'editions')}.`); return { edition: id, result: 'failed' }; });
  const today = o.today ?? new Date().toISOString().slice(0, 10);

  for (const e of chosen) outcomes.push({ edition: e.id, result: await one(e) });

  if (lockChanged) writeLock(lockFile, lock);
  if (o.importText !== false) for (const e of site.editions) {
    const prev = e.previous;
    const fresh = outcomes.some((x) => x.result === 'imported' && (x.edition === e.id || x.edition === prev));
    if (!prev || !fresh || !hasImport(root, e.id) || !hasImport(root, prev)) continue;
    const r = spawnSync(process.execPath, [join(SCRIPTS, 'align', 'index.ts'), prev, e.id, '--content', root], { encoding: 'utf8' });
    if (r.status === 0) log(`${prev}-${e.id}: aligned: ${firstLine(r.stdout)} Review ${join(root, 'official', 'alignment', `${prev}-${e.id}.yaml`)}.`);
    else { log(`${prev}-${e.id}: alignment failed: ${firstLine(r.stderr)}`); outcomes.push({ edition: `${prev}-${e.id}`, result: 'failed' }); }
  }
  const names = (r: EditionOutcome['result']) => outcomes.filter((x) => x.result === r).map((x) => x.edition);
  log(`Official text: ${[['imported', names('imported')], ['checked', names('checked')], ['skipped', names('skipped')], ['failed', names('failed')]].filter(([, l]) => l.length).map(([k, l]) => `${k} ${(l as string[]).join(', ')}`).join('; ') || 'nothing to do'}.`);
  return { outcomes, failed: names('failed').length > 0 };

  async function one(e: EditionModel): Promise<EditionOutcome['result']> {
    const { places, none } = placesFor(e, o);
    if (!places.length) { log(`${e.id}: skipped: ${none}.`); return o.editions ? 'failed' : 'skipped'; }
    let got: Got | undefined;
    let place = places[0];
    for (place of places) {
      got = place.kind === 'file' ? readLocal(place.at) : await download(place.at, o.timeoutMs ?? 60_000);
      if (got.ok) break;
      log(`${e.id}: ${place.at}: ${got.problem}.`);
    }
    if (!got?.ok) { log(`${e.id}: not fetched${places.length > 1 ? ` from any of its ${places.length} addresses` : ''}; the other editions go on.`); return 'failed'; }
    const sum = sha256(got.bytes);
    const v = verdict(sum, lock.editions[e.id], place.pinned);
    const entry = { sha256: sum, recorded: today, from: got.from, bytes: got.bytes.length };
    if (v.kind === 'differs') {
      if (!o.acceptNew?.includes(e.id)) { for (const l of refusal(e.id, got.from, sum, v)) log(l); return 'failed'; }
      lock.editions[e.id] = { ...entry, replaced: v.expected };
      lockChanged = true;
      log(`${e.id}: accepted a new PDF (SHA-256 ${sum.slice(0, 12)}…, replacing ${v.expected.slice(0, 12)}…) from ${got.from}; recorded in official-pdfs.lock: commit it.`);
    } else if (v.kind === 'first') {
      lock.editions[e.id] = entry;
      lockChanged = true;
      log(`${e.id}: first fetch (${(got.bytes.length / 1024).toFixed(0)} KB) from ${got.from}; its checksum is recorded in official-pdfs.lock: commit that file so later downloads are checked against it.`);
    } else log(`${e.id}: the same PDF as recorded on ${v.since} (${got.from}).`);
    if (place.note) log(`${e.id}: note on this address: ${place.note}`);
    mkdirSync(o.cacheDir, { recursive: true });
    const pdf = join(o.cacheDir, `${e.id}.pdf`);
    writeFileSync(`${pdf}.tmp`, got.bytes);
    renameSync(`${pdf}.tmp`, pdf);
    if (o.importText === false) return 'checked';
    const r = spawnSync(process.execPath, [join(SCRIPTS, 'import', 'index.ts'), pdf, '--edition', e.id, ...(o.strict ? ['--strict'] : [])], { encoding: 'utf8', env: { ...process.env, WTN_CONTENT_DIR: root } });
    if (r.status !== 0) { log(`${e.id}: import failed: ${firstLine(r.stderr) || firstLine(r.stdout)}`); return 'failed'; }
    const warnings = r.stderr.split('\n').filter((l) => l.startsWith('warning')).length;
    // The importer's closing line says what it wrote ("Imported N numbered paragraphs ..."); its coverage summary comes first.
    const said = r.stdout.split('\n').map((l) => l.trim()).find((l) => l.startsWith('Imported ')) ?? firstLine(r.stdout);
    log(`${e.id}: ${said}${warnings ? ` (${warnings} warning(s): run npm run import -- ${pdf} --edition ${e.id} --report FILE.json to read them)` : ''}`);
    return 'imported';
  }
}
