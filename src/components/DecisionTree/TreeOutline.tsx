/**
 * The whole tree as nested content: every question, every answer and where it leads, every
 * outcome with its citations, edition by edition (the edition in force first; its first question
 * is where the tree's skip link leads without JavaScript). Rendered at build time with no JavaScript
 * (no client directive), so it is what readers without JavaScript use, what search engines see,
 * and, with JavaScript on, the "every question at once" view under the widget.
 */
import type { TreeView, VariantView } from '../../model/trees/view.ts';
import { Heading, OutcomeBody } from './OutcomeBody.tsx';
import { outlineOrder } from '../../model/trees/coverage.ts';

function Branch({ variant, id, level, anchor }: { variant: VariantView; id: string; level: number; anchor?: string }) {
  const node = variant.nodes[id];
  if (node.kind === 'outcome')
    return (
      <div className="tree-outline__outcome">
        <p className="tree-outline__outcome-title"><strong>Outcome: {node.title}</strong></p>
        <OutcomeBody outcome={node} level={level} />
      </div>
    );
  return (
    <div className="tree-outline__question" id={anchor} tabIndex={anchor ? -1 : undefined}>
      <p className="tree-outline__question-text"><strong>{node.text}</strong></p>
      {node.hint && <p className="tree-hint">{node.hint}</p>}
      <ul className="tree-outline__answers">
        {node.answers.map((a) => (
          <li key={a.id}>
            <p className="tree-outline__answer">If your answer is “{a.label}”:</p>
            <Branch variant={variant} id={a.next} level={level} />
          </li>
        ))}
      </ul>
    </div>
  );
}

export default function TreeOutline({ view, level = 2 }: { view: TreeView; level?: number }) {
  // The edition shown first (the one in force, else the tree's newest) first, then newest to oldest.
  const own = outlineOrder(view);
  const others = view.variants.filter((v) => v.treeId !== view.id);
  return (
    <details className="tree-outline" open data-tree-outline>
      <summary>
        <Heading level={level} className="tree-outline__title">Every question and outcome, edition by edition</Heading>
      </summary>
      {own.map((v, i) => (
        <section key={v.edition} className="tree-outline__edition" aria-labelledby={`${view.id}-outline-${v.edition}`}>
          <Heading level={level + 1} id={`${view.id}-outline-${v.edition}`}>
            Under {v.editionTitle}{v.current ? ' (in force)' : ' (superseded)'}
          </Heading>
          <Branch variant={v} id={v.start} level={level + 2} anchor={i === 0 ? `${view.id}-outline-start` : undefined} />
        </section>
      ))}
      {others.length > 0 && (
        <p>
          Under {others.map((v) => v.edition).join(' and ')} the same decision is a different one:{' '}
          {[...new Map(others.map((v) => [v.treeId, v])).values()].map((v, i) => (
            <span key={v.treeId}>{i > 0 && '; '}<a href={v.treeHref}>{v.treeTitle}</a></span>
          ))}.
        </p>
      )}
    </details>
  );
}
