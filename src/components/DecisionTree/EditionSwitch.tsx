/**
 * Which edition's rules to apply. Switching keeps the answers and replays them under the other
 * edition, so the reader sees where the same answers lead there. Editions covered by a
 * counterpart tree (the same decision under later rules) are offered too, with a link to it.
 */
import type { TreeView, VariantView } from '../../model/trees/view.ts';
import type { Answers } from '../../model/trees/walk.ts';
import { writeState } from './url-state.ts';

interface Props {
  view: TreeView;
  current: VariantView;
  answers: Answers;
  onSwitch(edition: string): void;
}

export default function EditionSwitch({ view, current, answers, onSwitch }: Props) {
  const label = `${view.id}-edition-label`;
  return (
    <div className="tree-editions">
      <div role="group" aria-labelledby={label} className="tree-editions__group">
        <span id={label} className="tree-editions__label">Apply the guidance of</span>
        {view.variants.map((v) => (
          <button
            key={v.edition} type="button" className="tree-editions__button"
            aria-pressed={v.edition === current.edition}
            onClick={() => v.edition !== current.edition && onSwitch(v.edition)}
          >
            {v.editionTitle}{v.current ? ' (in force)' : ''}
          </button>
        ))}
      </div>
      {current.treeId !== view.id && (
        <p className="tree-note">
          Under {current.editionTitle} this is a different decision, with its own questions:{' '}
          <a href={current.treeHref + writeState(current.treeId, { edition: current.edition, answers })}>{current.treeTitle}</a>.
          Your answers carry over.
        </p>
      )}
      {!current.current && (
        <p className="tree-note">
          {current.editionTitle} has been superseded. Use it for events that fell under it, or to compare.
        </p>
      )}
    </div>
  );
}
