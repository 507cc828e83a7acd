/** Draws the checker's report: a summary line and one card per finding (built as DOM, never as HTML strings). */
import { longDate } from '../../model/checker/describe.ts';
import { STATUS_LABELS, type EditionFacts, type Finding, type Place } from '../../model/checker/types.ts';

const KIND: Record<Finding['kind'], string> = { citation: 'Citation', term: 'Outdated term', edition: 'Edition no longer in force', duty: 'Duty that moved to another body' };

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

const link = (p: Place | { label: string; url?: string }): Node | string => (p.url ? el('a', { href: p.url }, p.label) : p.label);

function row(term: string, ...value: (Node | string)[]): HTMLDivElement {
  return el('div', {}, el('dt', {}, term), el('dd', {}, ...value));
}

const needsUpdate = (f: Finding) => f.status !== 'in-force' || f.unconfirmed;

export function renderFinding(f: Finding): HTMLLIElement {
  const tags = [el('span', { className: `tag tag--${f.status === 'in-force' ? 'current' : f.status === 'removed' ? 'removed' : 'changed'}` }, STATUS_LABELS[f.status])];
  if (f.unconfirmed && f.status !== 'unconfirmed') tags.push(el('span', { className: 'tag tag--unconfirmed' }, STATUS_LABELS.unconfirmed));
  const lines = `${f.lines.length === 1 ? 'line' : 'lines'} ${f.lines.join(', ')}`;
  const successors = f.successors.length ? el('ul', {}, ...f.successors.map((s) => el('li', {}, link(s)))) : f.status === 'not-found' ? 'Not known: the citation could not be placed.' : 'Nothing in its place.';
  return el('li', { className: `checker-finding checker-finding--${needsUpdate(f) ? 'update' : 'ok'}` },
    el('h3', {}, `“${f.found}”`),
    el('p', {}, ...tags),
    el('dl', {},
      row('Kind', `${KIND[f.kind]}, ${lines}`),
      row('In your text', el('span', { className: 'checker-finding__context' }, f.context)),
      row('Points to', link(f.pointsTo)),
      row('What became of it', f.detail),
      ...(f.changes.length ? [row('What changed', el('ul', {}, ...f.changes.map((c) => el('li', {}, c))))] : []),
      row('In the edition in force', successors),
      ...(f.nearby?.length ? [row('It may mean (in the cited edition)', el('ul', {}, ...f.nearby.map((s) => el('li', {}, link(s)))))] : []),
      row('Suggested update', f.suggestion),
    ),
  );
}

export function summarise(findings: Finding[], current: EditionFacts, source: string): string {
  const against = `Checked ${source} against ${current.title}, in force since ${longDate(current.inForce)}, on ${longDate(new Date().toISOString().slice(0, 10))}.`;
  if (!findings.length) return `${against} It holds no Working Together citations, outdated terms or references to editions no longer in force that we can recognise.`;
  const count = (kind: Finding['kind'], one: string, many: string) => {
    const n = findings.filter((f) => f.kind === kind).length;
    return n ? `${n} ${n === 1 ? one : many}` : '';
  };
  const parts = [count('citation', 'citation', 'citations'), count('term', 'outdated term', 'outdated terms'), count('duty', 'duty that moved', 'duties that moved'), count('edition', 'reference to an edition no longer in force', 'references to editions no longer in force')].filter(Boolean);
  const update = findings.filter(needsUpdate).length;
  return `${against} Found ${parts.join(', ')}; ${update} need${update === 1 ? 's' : ''} updating or checking.`;
}
