/**
 * A local HTTP server on 127.0.0.1 (any free port) standing in for the publisher: it serves what a
 * test puts at each path (PDF bytes, an HTML page, an HTTP status, or silence), and counts requests.
 */
import { createServer, type Server } from 'node:http';

export type Route = { pdf: Uint8Array } | { html: string } | { status: number } | { silent: true };

export interface PdfServer { base: string; routes: Map<string, Route>; hits: string[]; close(): Promise<void> }

export async function startPdfServer(): Promise<PdfServer> {
  const routes = new Map<string, Route>();
  const hits: string[] = [];
  const held: import('node:http').ServerResponse[] = [];
  const server: Server = createServer((req, res) => {
    hits.push(req.url ?? '');
    const r = routes.get(req.url ?? '') ?? { status: 404 };
    if ('silent' in r) { held.push(res); return; }
    if ('pdf' in r) { res.writeHead(200, { 'content-type': 'application/pdf', 'content-length': r.pdf.length }); res.end(r.pdf); return; }
    if ('html' in r) { res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }); res.end(r.html); return; }
    res.writeHead(r.status, { 'content-type': 'text/plain' });
    res.end(`status ${r.status}`);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as { port: number };
  return {
    base: `http://127.0.0.1:${port}`, routes, hits,
    close: () => { for (const r of held) r.destroy(); server.closeAllConnections(); return new Promise((ok) => server.close(() => ok())); },
  };
}

/** An address on 127.0.0.1 where nothing listens (a port taken and let go): connection refused. */
export async function unreachableAddress(): Promise<string> {
  const s = createServer();
  await new Promise<void>((ok) => s.listen(0, '127.0.0.1', ok));
  const { port } = s.address() as { port: number };
  await new Promise((ok) => s.close(ok));
  return `http://127.0.0.1:${port}/working-together.pdf`;
}
