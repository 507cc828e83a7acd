/** Serves a built folder with `astro preview` on a port, for the benchmark's browser runs. */
import { spawn, type ChildProcess } from 'node:child_process';

export async function serve(outDir: string, port: number): Promise<{ url: string; stop(): void }> {
  const child: ChildProcess = spawn('npx', ['astro', 'preview', '--host', '127.0.0.1', '--port', String(port), '--ignore-lock'], {
    env: { ...process.env, WTN_OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: 'ignore',
    detached: true,
  });
  const url = `http://127.0.0.1:${port}${(process.env.WTN_BASE ?? '/').replace(/\/?$/, '/')}`;
  for (let i = 0; i < 100; i++) {
    try { if ((await fetch(url)).ok) break; } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 200));
  }
  return { url, stop: () => { try { process.kill(-child.pid!); } catch { /* gone */ } } };
}
