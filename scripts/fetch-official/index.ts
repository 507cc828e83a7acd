/**
 * npm run fetch-official -- [--editions 2023,2026] [--from DIR | --mirror URL] [--accept-new 2026]
 *                           [--strict] [--no-import] [--timeout SECONDS] [--cache DIR] [--content DIR]
 * Brings each edition's official PDF in at deploy time (on a machine with internet, or from a local
 * folder or mirror), checks it against the checksum recorded at its first download
 * (content/official-pdfs.lock: commit it), keeps it in .cache/official-pdfs/ (git-ignored), imports
 * it into content/official/<id>/ (git-ignored) and aligns consecutive editions for review. Then
 * npm run build shows the official text beside the summaries. Exit code 1 if any edition failed.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fetchOfficial } from '../../src/official/fetch/fetch-official.ts';

const USAGE = 'Usage: npm run fetch-official -- [--editions 2023,2026] [--from DIR | --mirror URL] [--accept-new EDITION,...] [--strict] [--no-import] [--timeout SECONDS] [--cache DIR] [--content DIR]';
let args;
try {
  args = parseArgs({
    options: {
      editions: { type: 'string' }, from: { type: 'string' }, mirror: { type: 'string' }, 'accept-new': { type: 'string' },
      strict: { type: 'boolean' }, 'no-import': { type: 'boolean' }, timeout: { type: 'string' }, cache: { type: 'string' }, content: { type: 'string' },
      help: { type: 'boolean' },
    },
  });
} catch (e) { console.error(`${(e as Error).message}\n${USAGE}`); process.exit(2); }
const v = args.values;
if (v.help) { console.log(USAGE); process.exit(0); }
if (v.from && v.mirror) { console.error(`Give --from DIR or --mirror URL, not both.\n${USAGE}`); process.exit(2); }
const list = (s?: string) => s?.split(/[,\s]+/).filter(Boolean);
const timeout = Number(v.timeout ?? 60);
if (!(timeout > 0)) { console.error(`--timeout takes a number of seconds, e.g. --timeout 60.\n${USAGE}`); process.exit(2); }
if (v.mirror) try { new URL(v.mirror); } catch { console.error(`--mirror takes an address, e.g. https://mirror.example.org/working-together/ (got ${v.mirror}).`); process.exit(2); }

const { failed } = await fetchOfficial({
  contentRoot: resolve(v.content ?? process.env.WTN_CONTENT_DIR ?? 'content'),
  cacheDir: resolve(v.cache ?? '.cache/official-pdfs'),
  editions: list(v.editions),
  from: v.from && resolve(v.from),
  mirror: v.mirror,
  acceptNew: list(v['accept-new']) ?? [],
  strict: v.strict ?? false,
  importText: !v['no-import'],
  timeoutMs: timeout * 1000,
});
process.exit(failed ? 1 : 0);
