/**
 * Downloads one official PDF with Node's fetch, within a time limit, and says in one line what went
 * wrong when it does not get a PDF: no connection, a host not found, no answer in time, an HTTP
 * error (404: the file has moved), or a web page where a PDF was expected (a moved file, a cookie or
 * sign-in page). A PDF is recognised by its first bytes, whatever the server calls it.
 */
import { existsSync, readFileSync } from 'node:fs';

export type Got = { ok: true; bytes: Uint8Array; from: string } | { ok: false; problem: string };

const MAX_BYTES = 200 * 1024 * 1024;

export const isPdf = (bytes: Uint8Array) => bytes.length > 5 && String.fromCharCode(...bytes.subarray(0, 1024)).includes('%PDF-');

function networkProblem(e: unknown, seconds: number): string {
  const err = e as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (err.name === 'TimeoutError' || err.name === 'AbortError') return `no answer within ${seconds} s (timed out)`;
  const code = err.cause?.code;
  if (code === 'ECONNREFUSED') return 'connection refused (the server is not answering)';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'host not found (no network, or a mistyped address)';
  if (code === 'ECONNRESET') return 'the connection was dropped';
  return `could not connect (${code ?? err.cause?.message ?? err.message ?? 'unknown error'})`;
}

function notPdf(type: string, bytes: Uint8Array): string {
  const head = new TextDecoder().decode(bytes.subarray(0, 512)).toLowerCase();
  return /html/.test(type) || /<html|<!doctype/.test(head)
    ? `answered with a web page (${type || 'HTML'}), not a PDF: the file may have moved, or a page asks for cookies or a sign-in`
    : `answered with something that is not a PDF (${type || 'no content type'})`;
}

export async function download(url: string, timeoutMs: number): Promise<Got> {
  const seconds = Math.round(timeoutMs / 100) / 10;
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), redirect: 'follow', headers: { accept: 'application/pdf' } });
    if (!res.ok) {
      await res.body?.cancel();
      return { ok: false, problem: res.status === 404 || res.status === 410 ? `not found (HTTP ${res.status}): the file may have moved; check the publication page for its current address` : `HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}` };
    }
    const size = Number(res.headers.get('content-length') ?? 0);
    if (size > MAX_BYTES) { await res.body?.cancel(); return { ok: false, problem: `too large (${size} bytes) for an edition's PDF` }; }
    const bytes = new Uint8Array(await res.arrayBuffer());
    if (!isPdf(bytes)) return { ok: false, problem: notPdf(res.headers.get('content-type') ?? '', bytes) };
    return { ok: true, bytes, from: res.url || url };
  } catch (e) {
    return { ok: false, problem: networkProblem(e, seconds) };
  }
}

/** The same for a file on this machine (--from DIR). */
export function readLocal(file: string): Got {
  if (!existsSync(file)) return { ok: false, problem: 'no such file' };
  const bytes = new Uint8Array(readFileSync(file));
  return isPdf(bytes) ? { ok: true, bytes, from: file } : { ok: false, problem: 'not a PDF (it does not start as a PDF file does)' };
}
