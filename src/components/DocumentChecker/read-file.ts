/**
 * Reads a file the reader opens into plain text, in the browser: nothing is uploaded. A .txt file
 * is read as UTF-8; a .docx with mammoth and a .pdf with PDF.js, each loaded from this site only
 * when a file of its type is opened (dynamic import), so no other page carries them. PDF.js runs
 * its worker from this site's own origin, as the Content-Security-Policy requires.
 */
export interface ReadResult {
  text: string;
  /** "a text file", "a Word document", "a PDF of 3 pages". */
  what: string;
}

export type FileKind = 'txt' | 'docx' | 'pdf';

export function kindOf(file: File): FileKind | null {
  const ext = file.name.toLowerCase().split('.').pop();
  if (ext === 'txt' || file.type === 'text/plain') return 'txt';
  if (ext === 'docx' || file.type === 'application/vnd.openxmlformats-officedocument.wordprocessingml.document') return 'docx';
  if (ext === 'pdf' || file.type === 'application/pdf') return 'pdf';
  return null;
}

async function readDocx(file: File): Promise<ReadResult> {
  const { default: mammoth } = await import('mammoth/mammoth.browser.js');
  const { value } = await mammoth.extractRawText({ arrayBuffer: await file.arrayBuffer() });
  return { text: value, what: 'a Word document' };
}

interface TextItem { str: string; hasEOL?: boolean; transform?: number[] }

async function readPdf(file: File): Promise<ReadResult> {
  const [pdfjs, worker] = await Promise.all([
    import('pdfjs-dist/legacy/build/pdf.mjs'),
    import('pdfjs-dist/legacy/build/pdf.worker.min.mjs?url'),
  ]);
  pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
  // No fonts loaded and nothing fetched by the worker: only the text is wanted.
  const task = pdfjs.getDocument({ data: new Uint8Array(await file.arrayBuffer()), disableFontFace: true, useSystemFonts: false, useWorkerFetch: false });
  const doc = await task.promise;
  const pages: string[] = [];
  try {
    for (let n = 1; n <= doc.numPages; n++) {
      const content = await (await doc.getPage(n)).getTextContent();
      let text = '';
      let lastY: number | undefined;
      for (const item of content.items as TextItem[]) {
        if (typeof item.str !== 'string') continue;
        const y = item.transform?.[5];
        // A new line where the text moves down without saying so.
        if (lastY !== undefined && y !== undefined && Math.abs(y - lastY) > 2 && !text.endsWith('\n')) text += '\n';
        text += item.str;
        if (item.hasEOL) text += '\n';
        if (y !== undefined) lastY = y;
      }
      pages.push(text);
    }
  } finally {
    await task.destroy();
  }
  return { text: pages.join('\n\n'), what: `a PDF of ${doc.numPages} page${doc.numPages === 1 ? '' : 's'}` };
}

export async function readFile(file: File): Promise<ReadResult> {
  const kind = kindOf(file);
  if (kind === 'txt') return { text: await file.text(), what: 'a text file' };
  if (kind === 'docx') return readDocx(file);
  if (kind === 'pdf') return readPdf(file);
  throw new Error(`“${file.name}” is not a .txt, .docx or .pdf file.`);
}
