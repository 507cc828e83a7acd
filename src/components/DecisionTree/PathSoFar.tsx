/** The path so far: each question answered, with a Change button that asks it again (dropping later answers). */
import type { NodeView } from '../../model/trees/view.ts';
import type { Step } from '../../model/trees/walk.ts';
import { Heading } from './OutcomeBody.tsx';

export default function PathSoFar({ steps, level, onChange }: { steps: Step<NodeView>[]; level: number; onChange(index: number): void }) {
  if (steps.length === 0) return null;
  return (
    <section className="tree-path" aria-label="Your answers so far">
      <Heading level={level} className="tree-path__title">Your answers so far</Heading>
      <ol className="tree-path__list">
        {steps.map((s, i) => (
          <li key={s.question.id} className="tree-path__step">
            <span className="tree-path__question">{s.question.text}</span>{' '}
            <strong className="tree-path__answer">{s.answer.label}</strong>{' '}
            <button type="button" className="tree-button tree-button--link" onClick={() => onChange(i)}>
              Change<span className="visually-hidden"> your answer to “{s.question.text}”</span>
            </button>
          </li>
        ))}
      </ol>
      <p className="tree-hint">Changing an answer clears the answers after it, since they may no longer apply.</p>
    </section>
  );
}
