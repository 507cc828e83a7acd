/**
 * PDF bytes -> positioned text items and painted shapes per page, with pdfjs-dist (no OCR).
 * Coordinates are PDF points from the page's bottom-left corner. Every failure of the parser
 * becomes an ImportError with one line saying what is wrong with the file; a page that cannot be
 * read is reported and skipped, never a stack trace.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { normaliseText } from './normalise.ts';
import { shapesOf, type Shape } from './pdf-graphics.ts';
import { ImportError } from './types.ts';

export interface TextItem {
  /** The text, normalised; " " for a space the PDF draws as an item of its own. */
  str: string;
  x: number;
  y: number;
  width: number;
  /** Font size in points. */
  size: number;
  /** pdfjs's font id: items in the same face share it (bold and regular differ). */
  font: string;
  /** The face is bold (by its name: "Arial-BoldMT", "Calibri,Bold"). */
  bold: boolean;
}

export interface PdfPage {
  /** 1-based page index in the file. */
  index: number;
  width: number;
  height: number;
  items: TextItem[];
  /** Rectangles, lines and paths painted on the page. */
  shapes: Shape[];
  /** Set when the page could not be read (its text is missing). */
  unreadable?: string;
  /** Characters the PDF's fonts could not map to text (control characters, U+FFFD), dropped. */
  badGlyphs: number;
}

export interface PdfDocument {
  pages: PdfPage[];
  /** Font names seen, by id: when no name says "bold", weight is judged by face instead. */
  fontNames: Map<string, string>;
}

const require = createRequire(import.meta.url);
const pdfjsRoot = () => dirname(require.resolve('pdfjs-dist/package.json'));

/** True when the bytes start like a PDF file. */
export const looksLikePdf = (bytes: Uint8Array) => Buffer.from(bytes.subarray(0, 1024)).toString('latin1').includes('%PDF-');

const UNMAPPED = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFD]/g;
const BOLD = /bold|black|heavy|semibold|demibold|demi\b|extrabold|,bd\b|-bd\b/i;
const short = (e: unknown) => String((e as Error)?.message ?? e).split('\n')[0].slice(0, 160);

async function readPage(doc: any, index: number, OPS: Record<string, number>, fontNames: Map<string, string>): Promise<PdfPage> {
  const page = await doc.getPage(index);
  const [vx0, vy0, vx1, vy1] = page.view;
  const ops = await page.getOperatorList();
  const content = await page.getTextContent();
  const items: TextItem[] = [];
  let badGlyphs = 0;
  for (const it of content.items as any[]) {
    if (typeof it.str !== 'string' || !it.str || !(it.width > 0 || it.str.trim())) continue;
    const [a, b, c, d, e, f] = it.transform as number[];
    if (Math.abs(b) > Math.abs(a) * 0.1 || Math.abs(c) > Math.abs(d) * 0.1) continue; // rotated text: margin notes, watermarks
    if (!fontNames.has(it.fontName)) {
      let name = '';
      try { name = String(page.commonObjs.get(it.fontName)?.name ?? ''); } catch { /* font not loaded: weight judged by face */ }
      fontNames.set(it.fontName, name.replace(/^[A-Z]{6}\+/, ''));
    }
    const size = Math.hypot(c, d) || it.height;
    badGlyphs += (String(it.str).match(UNMAPPED) ?? []).length;
    const str = it.str.trim() ? normaliseText(it.str.replace(UNMAPPED, '')) || ' ' : ' ';
    items.push({ str, x: e - vx0, y: f - vy0, width: it.width, size: Math.round(size * 10) / 10, font: it.fontName, bold: BOLD.test(fontNames.get(it.fontName) ?? '') });
  }
  const shapes = shapesOf(ops, OPS, [vx0, vy0]);
  page.cleanup();
  return { index, width: vx1 - vx0, height: vy1 - vy0, items, shapes, badGlyphs };
}

/** Reads every page's text items and shapes. */
export async function readPdf(bytes: Uint8Array, file = 'the file'): Promise<PdfDocument> {
  if (!looksLikePdf(bytes)) throw new ImportError(`${file} is not a PDF (it does not start with %PDF-). Give the edition's PDF as published on GOV.UK or The National Archives.`);
  const pdfjs: any = await import('pdfjs-dist/legacy/build/pdf.mjs');
  let doc: any;
  let task: any;
  try {
    task = pdfjs.getDocument({ data: new Uint8Array(bytes), standardFontDataUrl: join(pdfjsRoot(), 'standard_fonts') + '/', verbosity: 0, isEvalSupported: false, fontExtraProperties: true, stopAtErrors: false });
    doc = await task.promise;
  } catch (e) {
    await task?.destroy().catch(() => {});
    if ((e as Error)?.name === 'PasswordException') throw new ImportError(`${file} is password-protected (encrypted for opening), so its text cannot be read. Use the unprotected PDF as published.`);
    throw new ImportError(`${file} is damaged and could not be read as a PDF (${short(e)}). Download it again from its publisher.`);
  }
  const pages: PdfPage[] = [];
  const fontNames = new Map<string, string>();
  try {
    for (let index = 1; index <= doc.numPages; index++) {
      try {
        pages.push(await readPage(doc, index, pdfjs.OPS, fontNames));
      } catch (e) {
        pages.push({ index, width: 595, height: 842, items: [], shapes: [], badGlyphs: 0, unreadable: short(e) });
      }
    }
  } finally {
    await task.destroy().catch(() => {});
  }
  const unreadable = pages.filter((p) => p.unreadable);
  if (pages.length > 0 && unreadable.length === pages.length) throw new ImportError(`${file} is damaged: none of its ${pages.length} pages could be read (${unreadable[0].unreadable}). Download it again from its publisher.`);
  if (pages.every((p) => p.items.every((i) => !i.str.trim()))) {
    throw new ImportError(`${file} has ${pages.length} page${pages.length === 1 ? '' : 's'} but no text layer: it looks like a scan. OCR is not done; use a PDF whose text can be selected (GOV.UK and The National Archives publish these).`);
  }
  return { pages, fontNames };
}
