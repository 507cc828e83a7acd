/**
 * Where each edition's PDF is to come from in this run: a local folder (--from DIR: DIR/<id>.pdf,
 * or the file name of one of its recorded addresses), a mirror (--mirror URL: URL/<id>.pdf), or the
 * publisher's addresses recorded in its edition.yaml (publication.pdf), best first.
 */
import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { EditionModel } from '../../model/types.ts';

export interface Place {
  /** An address to download, or a local file to read. */
  kind: 'url' | 'file';
  at: string;
  /** A checksum pinned for this address in edition.yaml, if any. */
  pinned?: { sha256: string; recorded: string };
  /** What edition.yaml says about this address. */
  note?: string;
}

export interface PlanOptions { from?: string; mirror?: string }

/** The places to try for an edition, in order, and why there are none when there are none. */
export function placesFor(e: EditionModel, o: PlanOptions): { places: Place[]; none?: string } {
  const pins = new Map(e.publication.pdf.filter((p) => p.sha256).map((p) => [p.url, { sha256: p.sha256!, recorded: p.sha256Recorded! }]));
  const anyPin = [...pins.values()][0];
  if (o.from) {
    const names = [`${e.id}.pdf`, ...e.publication.pdf.map((p) => decodeURIComponent(basename(new URL(p.url).pathname)))];
    const found = names.map((n) => join(o.from!, n)).find((f) => existsSync(f));
    return found ? { places: [{ kind: 'file', at: found, pinned: anyPin }] } : { places: [], none: `no ${names.join(' or ')} in ${o.from}` };
  }
  if (o.mirror) return { places: [{ kind: 'url', at: `${o.mirror.replace(/\/$/, '')}/${e.id}.pdf`, pinned: anyPin }] };
  if (!e.publication.pdf.length) return { places: [], none: `no PDF address recorded (publication.pdf in editions/${e.id}/edition.yaml): add one from a source, or use --from DIR` };
  return { places: e.publication.pdf.map((p) => ({ kind: 'url', at: p.url, pinned: pins.get(p.url), note: p.note })) };
}
