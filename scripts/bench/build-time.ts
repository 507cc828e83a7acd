/** Times a full build (every check included) of a content folder into a throwaway output folder. */
import { spawnSync } from 'node:child_process';

export function timeBuild(contentDir: string, outDir: string): { seconds: number; ok: boolean; output: string } {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['scripts/build.ts'], {
    encoding: 'utf8',
    env: { ...process.env, WTN_CONTENT_DIR: contentDir, WTN_OUT_DIR: outDir, WTN_LOCK_READONLY: '1', ASTRO_TELEMETRY_DISABLED: '1' },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { seconds: (performance.now() - t0) / 1000, ok: r.status === 0, output: `${r.stdout}\n${r.stderr}` };
}
