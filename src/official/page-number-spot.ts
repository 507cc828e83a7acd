/**
 * Where a document prints its page numbers, learnt from the pages whose number stands as a line of
 * its own (per odd and even page, since numbers may sit on the outer corner), and the page number
 * of a page where it shares its baseline with other text (a chart's box printed beside it): a run
 * of text at that spot that reads as a page number. Tolerances are shares of the type size.
 */
import { subLine, type Line } from './lines.ts';

export interface Spot { x: number; y: number }
type Found = { parity: number; x: number; y: number };

const centre = (x0: number, x1: number) => (x0 + x1) / 2;

/** The usual spot of the page number on odd (1) and even (0) pages, and on any page (2), where most pages agree. */
export function numberSpots(found: Found[], size: number): Map<number, Spot> {
  const spots = new Map<number, Spot>();
  for (const parity of [0, 1, 2]) {
    const here = found.filter((f) => parity === 2 || f.parity === parity);
    const best = here.map((f) => ({ f, n: here.filter((g) => Math.abs(g.x - f.x) <= size && Math.abs(g.y - f.y) <= size * 0.5).length })).sort((a, b) => b.n - a.n)[0];
    if (best && best.n >= Math.max(2, here.length * 0.5)) spots.set(parity, { x: best.f.x, y: best.f.y });
  }
  return spots;
}

/** The centre of a line that is a page number, to learn the spot from. */
export const spotOf = (l: Line): Spot => ({ x: centre(l.x, l.xEnd), y: l.y });

/**
 * A run of text at the spot that reads as a page number: the number, and the line with that run
 * taken out (null when nothing else is on the line).
 */
export function numberAtSpot(lines: Line[], spot: Spot, size: number, read: (t: string) => { value: number; label?: string } | null): { line: Line; number: { value: number; label?: string }; rest: Line | null } | null {
  for (const line of lines) {
    if (Math.abs(line.y - spot.y) > size * 0.5) continue;
    const k = line.segments.findIndex((s) => Math.abs(centre(s.x, s.xEnd) - spot.x) <= size && read(s.text));
    if (k < 0) continue;
    const others = line.segments.filter((_, j) => j !== k);
    return { line, number: read(line.segments[k].text)!, rest: others.length ? subLine(line, others) : null };
  }
  return null;
}
