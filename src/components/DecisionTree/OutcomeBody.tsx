/**
 * An outcome's explanation and the provisions it rests on, shared by the interactive widget, the
 * no-JavaScript outline and the printed decision record. Each citation links to the provision's
 * permanent address, gives its time limit where it sets one, and says what we could not confirm.
 */
import { createElement, type ReactNode } from 'react';
import type { CitationView, NodeView } from '../../model/trees/view.ts';

export type OutcomeView = Extract<NodeView, { kind: 'outcome' }>;
export type QuestionView = Extract<NodeView, { kind: 'question' }>;

/** A heading at a level chosen by the page (the widget may sit under an h1 or an h2). */
export function Heading({ level, children, ...rest }: { level: number; children: ReactNode; id?: string; className?: string; tabIndex?: number; ref?: React.Ref<HTMLHeadingElement> }) {
  return createElement(`h${Math.min(6, Math.max(2, level))}`, rest, children);
}

const checkOfficial = (note: string) => (/official (text|wording|paragraph)/i.test(note) ? note : `${note} Check the official text.`);

/** The cited provisions. A note shared by several (their section's) is shown once, at its first. */
export function Citations({ cites, absolute }: { cites: CitationView[]; absolute?: string }) {
  const shown = new Set<string>();
  return (
    <ul className="tree-citations">
      {cites.map((c) => {
        const notes = c.unsure.filter((n) => !shown.has(n));
        notes.forEach((n) => shown.add(n));
        return (
          <li key={c.id} className="tree-citations__item">
            <a href={c.href}>{c.citation}</a>: {c.title}.
            {c.duty && <> Who: {c.duty}.</>}
            {c.within && <> <strong className="tree-citations__limit">Time limit: {c.within}.</strong></>}
            {absolute && <span className="tree-citations__url"> {absolute}{c.href}</span>}
            {c.status && (
              <span className={c.status.kind === 'confirmed' ? 'tree-status' : 'tree-unsure'} data-unconfirmed={c.status.kind === 'confirmed' ? undefined : ''}>
                <a className={`status-badge status-badge--${c.status.kind}`} href={c.status.href}>{c.status.label}</a> {c.status.sentence}
              </span>
            )}
            {notes.length > 0 ? (
              <span className="tree-unsure"><strong>Not confirmed:</strong> {checkOfficial(notes.join(' '))}</span>
            ) : c.unsure.length > 0 && (
              <span className="tree-unsure"><strong>Not confirmed:</strong> see the note above.</span>
            )}
          </li>
        );
      })}
    </ul>
  );
}

export function OutcomeBody({ outcome, level, absolute }: { outcome: OutcomeView; level: number; absolute?: string }) {
  const unconfirmed = outcome.cites.some((c) => c.unsure.length > 0);
  const carried = outcome.cites.filter((c) => c.unconfirmed).length;
  const explain = outcome.cites.find((c) => c.status)?.status?.href.replace(/#.*$/, '#carried-forward');
  return (
    <>
      {outcome.paragraphs.map((p, i) => <p key={i}>{p}</p>)}
      {outcome.localHtml && <div className="local-notes" data-local-notes dangerouslySetInnerHTML={{ __html: outcome.localHtml }} />}
      {carried > 0 && (
        <p className="tree-unsure" data-unconfirmed-outcome>
          <strong>This outcome rests on {carried === outcome.cites.length ? 'provisions' : `${carried} of ${outcome.cites.length} provisions`} carried forward from the previous edition and not confirmed for this one.</strong>{' '}
          No source we have found says what this edition says there: check the official text before relying on it.
          {explain && <> <a href={explain}>What carried forward means</a>.</>}
        </p>
      )}
      {unconfirmed && (
        <p className="tree-unsure">
          <strong>Not every point here is confirmed.</strong> Our sources leave part of what this rests on unconfirmed (noted
          below): check the official text before relying on it.
        </p>
      )}
      <Heading level={level}>What this rests on</Heading>
      <Citations cites={outcome.cites} absolute={absolute} />
      {outcome.seeAlso.length > 0 && (
        <p>
          Next, see: {outcome.seeAlso.map((s, i) => <span key={s.href}>{i > 0 && '; '}<a href={s.href}>{s.title}</a></span>)}
        </p>
      )}
    </>
  );
}
