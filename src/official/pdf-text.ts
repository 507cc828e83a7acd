/**
 * PDF bytes -> positioned text items and shaded rectangles per page, with pdfjs-dist (no OCR).
 * Coordinates are PDF points from the page's bottom-left corner. Throws ImportError for input
 * that is not a PDF or has no text layer.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { ImportError } from './types.ts';

export interface TextItem {
  str: string;
  x: number;
  y: number;
  width: number;
  /** Font size in points. */
  size: number;
  /** pdfjs's font id: items in the same face share it (bold and regular differ). */
  font: string;
}

export interface Rect { x0: number; y0: number; x1: number; y1: number }

export interface PdfPage {
  /** 1-based page index in the file. */
  index: number;
  width: number;
  height: number;
  items: TextItem[];
  /** Filled rectangles in a colour other than white or black: shaded boxes. */
  shaded: Rect[];
}

type Matrix = [number, number, number, number, number, number];
const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[2] * n[1], m[1] * n[0] + m[3] * n[1], m[0] * n[2] + m[2] * n[3],
  m[1] * n[2] + m[3] * n[3], m[0] * n[4] + m[2] * n[5] + m[4], m[1] * n[4] + m[3] * n[5] + m[5],
];
const apply = (m: Matrix, x: number, y: number) => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];

const require = createRequire(import.meta.url);
const pdfjsRoot = () => dirname(require.resolve('pdfjs-dist/package.json'));

/** True when the bytes start like a PDF file. */
export const looksLikePdf = (bytes: Uint8Array) => Buffer.from(bytes.subarray(0, 1024)).toString('latin1').includes('%PDF-');

/** Shaded rectangles drawn on a page (boxes), found by following the drawing operators. */
async function shadedRects(page: any, OPS: Record<string, number>): Promise<Rect[]> {
  const ops = await page.getOperatorList();
  const rects: Rect[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const stack: Matrix[] = [];
  let fill = '#000000';
  const fills: string[] = [];
  for (let i = 0; i < ops.fnArray.length; i++) {
    const fn = ops.fnArray[i];
    const args = ops.argsArray[i];
    if (fn === OPS.save) { stack.push(ctm); fills.push(fill); }
    else if (fn === OPS.restore) { ctm = stack.pop() ?? ctm; fill = fills.pop() ?? fill; }
    else if (fn === OPS.transform) ctm = multiply(ctm, args as Matrix);
    else if (fn === OPS.setFillRGBColor) fill = String(args[0]).toLowerCase();
    else if (fn === OPS.constructPath && fill !== '#ffffff' && fill !== '#000000') {
      const box = args[2] as number[] | undefined;
      if (!box || box.length < 4) continue;
      const [ax, ay] = apply(ctm, box[0], box[1]);
      const [bx, by] = apply(ctm, box[2], box[3]);
      rects.push({ x0: Math.min(ax, bx), y0: Math.min(ay, by), x1: Math.max(ax, bx), y1: Math.max(ay, by) });
    }
  }
  return rects.filter((r) => r.y1 - r.y0 > 12 && r.x1 - r.x0 > 60);
}

/** Reads every page's text items and shaded boxes. */
export async function readPdf(bytes: Uint8Array, file = 'the file'): Promise<PdfPage[]> {
  if (!looksLikePdf(bytes)) throw new ImportError(`${file} is not a PDF (it does not start with %PDF-). Give the edition's PDF as published on GOV.UK or The National Archives.`);
  const pdfjs: any = await import('pdfjs-dist/legacy/build/pdf.mjs');
  let doc: any;
  let task: any;
  try {
    task = pdfjs.getDocument({ data: new Uint8Array(bytes), standardFontDataUrl: join(pdfjsRoot(), 'standard_fonts') + '/', verbosity: 0, isEvalSupported: false });
    doc = await task.promise;
  } catch (e) {
    throw new ImportError(`${file} could not be read as a PDF (${(e as Error).message}). Is it damaged or password-protected?`);
  }
  const pages: PdfPage[] = [];
  for (let index = 1; index <= doc.numPages; index++) {
    const page = await doc.getPage(index);
    const [x0, y0, x1, y1] = page.view;
    const content = await page.getTextContent();
    const items: TextItem[] = [];
    for (const it of content.items as any[]) {
      if (typeof it.str !== 'string' || !it.str.trim()) continue;
      const size = Math.hypot(it.transform[2], it.transform[3]) || it.height;
      items.push({ str: it.str, x: it.transform[4] - x0, y: it.transform[5] - y0, width: it.width, size: Math.round(size * 10) / 10, font: it.fontName });
    }
    pages.push({ index, width: x1 - x0, height: y1 - y0, items, shaded: await shadedRects(page, pdfjs.OPS) });
    page.cleanup();
  }
  await task.destroy();
  if (pages.every((p) => p.items.length === 0)) {
    throw new ImportError(`${file} has ${pages.length} page${pages.length === 1 ? '' : 's'} but no text layer: it looks like a scan. OCR is not done; use a PDF whose text can be selected (GOV.UK and The National Archives publish these).`);
  }
  return pages;
}
