/**
 * Runs the checker page: loads the checker's data from this site when the page opens, reads an
 * opened file or the pasted text on this device, and shows the report (print and CSV export made
 * in the browser). What the reader pastes or opens is never sent anywhere.
 */
import type { CitationIndex } from '../../search/citation-index.ts';
import { checkText } from '../../model/checker/check-text.ts';
import { findingsToCsv } from '../../model/checker/csv.ts';
import type { CheckerData, Finding } from '../../model/checker/types.ts';
import { readFile } from './read-file.ts';
import { renderFinding, summarise } from './render-report.ts';

const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

function loadData(): Promise<{ data: CheckerData; index: CitationIndex }> {
  const get = <T>(path: string) => fetch(`${base}${path}`).then((r) => {
    if (!r.ok) throw new Error(`${path}: ${r.status}`);
    return r.json() as Promise<T>;
  });
  return Promise.all([get<CheckerData>('check/data.json'), get<CitationIndex>('search/citations.json')]).then(([data, index]) => ({ data, index }));
}

export function initDocumentChecker(): void {
  const root = document.querySelector<HTMLElement>('[data-document-checker]');
  if (!root) return;
  const $ = <T extends Element>(sel: string) => root.querySelector<T>(sel)!;
  const form = $<HTMLFormElement>('[data-checker-form]');
  const fileInput = $<HTMLInputElement>('[data-checker-file]');
  const textarea = $<HTMLTextAreaElement>('[data-checker-text]');
  const status = $<HTMLElement>('[data-checker-status]');
  const report = $<HTMLElement>('[data-checker-report]');
  const list = $<HTMLOListElement>('[data-checker-findings]');
  let findings: Finding[] = [];
  root.hidden = false;
  document.querySelector<HTMLElement>('[data-checker-nojs]')?.setAttribute('hidden', '');

  const loaded = loadData();
  loaded.catch(() => (status.textContent = 'The checker could not load its data from this site. Reload the page to try again.'));

  async function run(source: string): Promise<void> {
    const { data, index } = await loaded;
    findings = checkText(textarea.value, data, index);
    list.replaceChildren(...findings.map((f) => renderFinding(f)));
    const current = data.editions.find((e) => e.id === data.current)!;
    $<HTMLElement>('[data-checker-summary]').textContent = summarise(findings, current, source);
    report.hidden = false;
    status.textContent = findings.length ? `Checked ${source}: ${findings.length} finding${findings.length === 1 ? '' : 's'}.` : `Checked ${source}: nothing found.`;
    $<HTMLElement>('#checker-report-heading').focus();
  }

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    if (!textarea.value.trim()) {
      status.textContent = 'Paste some text or open a file first.';
      textarea.focus();
      return;
    }
    run('the text').catch((err: Error) => (status.textContent = `The check did not finish: ${err.message}`));
  });

  fileInput.addEventListener('change', async () => {
    const file = fileInput.files?.[0];
    if (!file) return;
    status.textContent = `Reading ${file.name} on this device…`;
    try {
      const { text, what } = await readFile(file);
      textarea.value = text;
      if (!text.trim()) {
        status.textContent = `${file.name} has no text we can read (a scanned PDF holds pictures of text). Paste its text instead.`;
        return;
      }
      await run(`${file.name} (${what})`);
    } catch (err) {
      status.textContent = `Could not read ${file.name}: ${(err as Error).message}`;
    }
  });

  $<HTMLButtonElement>('[data-checker-csv]').addEventListener('click', () => {
    const blob = new Blob([findingsToCsv(findings, location.origin)], { type: 'text/csv;charset=utf-8' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = `working-together-check-${new Date().toISOString().slice(0, 10)}.csv`;
    a.click();
    URL.revokeObjectURL(a.href);
    status.textContent = 'CSV file made on this device.';
  });
  $<HTMLButtonElement>('[data-checker-print]').addEventListener('click', () => window.print());
}
