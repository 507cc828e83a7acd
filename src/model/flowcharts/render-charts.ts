/**
 * Renders charts to SVG once, synchronously, with a cache keyed by content.
 *
 * The content checks run synchronously (src/model/features.ts), but Mermaid needs a browser. So
 * every chart missing from the cache is rendered in one child process (render-worker.ts, one
 * Chromium for all of them) and the results are cached under node_modules/.cache/wtn-flowcharts
 * (WTN_FLOWCHART_CACHE overrides). The key covers the source, the configuration and the Mermaid
 * version, so a cached SVG is always what Mermaid would draw now. The build's check pass renders;
 * the pages then read the same cache: each chart is drawn at most once per build.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { CHROMIUM_ARGS, findChromium } from '../../../scripts/lib/chromium.ts';
import { MERMAID_CONFIG } from './render-config.ts';

export interface RenderJob { source: string; prefix: string }
export type RenderResult = { svg: string } | { error: string };

const cacheDir = () => resolve(process.env.WTN_FLOWCHART_CACHE ?? 'node_modules/.cache/wtn-flowcharts');

let mermaidVersion: string | undefined;
function versionOfMermaid(): string {
  if (!mermaidVersion) {
    const require = createRequire(join(process.cwd(), 'package.json'));
    mermaidVersion = JSON.parse(readFileSync(require.resolve('mermaid/package.json'), 'utf8')).version as string;
  }
  return mermaidVersion!;
}

function keyOf(job: RenderJob): string {
  return createHash('sha256').update(JSON.stringify([job, MERMAID_CONFIG, versionOfMermaid()])).digest('hex').slice(0, 32);
}

/** Renders every job (cached ones come from the cache). Throws only when no browser can run. */
export function renderCharts(jobs: RenderJob[]): RenderResult[] {
  const dir = cacheDir();
  const keys = jobs.map(keyOf);
  const cached = (key: string): RenderResult | undefined => {
    const file = join(dir, `${key}.json`);
    return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as RenderResult) : undefined;
  };
  const missing = jobs.map((job, i) => ({ ...job, key: keys[i] })).filter((j, i) => !cached(keys[i]) && keys.indexOf(j.key) === i);
  if (missing.length > 0) {
    const executablePath = findChromium();
    if (!executablePath) throw new Error('No Chromium found to draw the flowcharts: install it (npm run build does) or set CHROMIUM_PATH.');
    const worker = resolve('src/model/flowcharts/render-worker.ts');
    const run = spawnSync(process.execPath, [worker], {
      input: JSON.stringify({ jobs: missing, mermaidConfig: MERMAID_CONFIG, executablePath, args: CHROMIUM_ARGS }),
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      timeout: 180_000,
    });
    if (run.status !== 0) throw new Error(`Drawing the flowcharts failed:\n${run.stderr || run.error?.message}`);
    mkdirSync(dir, { recursive: true });
    for (const r of JSON.parse(run.stdout) as ({ key: string } & RenderResult)[]) {
      const { key, ...result } = r;
      const tmp = join(dir, `${key}.${process.pid}.tmp`);
      writeFileSync(tmp, JSON.stringify(result));
      renameSync(tmp, join(dir, `${key}.json`));
    }
  }
  return keys.map((key) => cached(key)!);
}
