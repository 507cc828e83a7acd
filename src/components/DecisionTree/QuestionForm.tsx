/**
 * One question at a time: a group of radio buttons and Continue, with Back and Start again.
 * Continue without a choice shows an error linked to the group, as GOV.UK forms do.
 */
import { useState, type Ref } from 'react';
import { Heading, type QuestionView } from './OutcomeBody.tsx';

interface Props {
  /** The tree's id, so that element ids stay unique with several trees on one page. */
  scope: string;
  question: QuestionView;
  /** 1-based position on the path, for the heading. */
  number: number;
  /** The answer given before, if the reader came back to change it. */
  previous?: string;
  level: number;
  /** Id of a note to read with the question (a tree of editions no longer in force). */
  describedBy?: string;
  headingRef: Ref<HTMLHeadingElement>;
  onAnswer(answerId: string): void;
  onBack?: () => void;
  onRestart?: () => void;
}

export default function QuestionForm({ scope, question, number, previous, level, describedBy, headingRef, onAnswer, onBack, onRestart }: Props) {
  const [choice, setChoice] = useState<string | undefined>(previous);
  const [error, setError] = useState(false);
  const base = `${scope}-q-${question.id}`;
  return (
    <form
      className="tree-question"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (choice) onAnswer(choice);
        else setError(true);
      }}
    >
      <fieldset aria-describedby={[describedBy, question.hint && `${base}-hint`, error && `${base}-error`].filter(Boolean).join(' ') || undefined}>
        <legend>
          <Heading level={level} tabIndex={-1} ref={headingRef} className="tree-question__text">
            <span className="tree-question__number">Question {number}</span> {question.text}
          </Heading>
        </legend>
        {question.hint && <p id={`${base}-hint`} className="tree-hint">{question.hint}</p>}
        {error && <p id={`${base}-error`} className="tree-error"><span className="visually-hidden">Error: </span>Choose an answer to continue.</p>}
        <div className="tree-question__answers">
          {question.answers.map((a) => (
            <label key={a.id} className="tree-radio">
              <input
                type="radio" name={base} value={a.id} checked={choice === a.id}
                onChange={() => { setChoice(a.id); setError(false); }}
              />
              <span>{a.label}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="tree-actions">
        <button type="submit" className="tree-button tree-button--primary">Continue</button>
        {onBack && <button type="button" className="tree-button" onClick={onBack}>Back</button>}
        {onRestart && <button type="button" className="tree-button tree-button--link" onClick={onRestart}>Start again</button>}
      </div>
    </form>
  );
}
