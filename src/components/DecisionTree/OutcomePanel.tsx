/**
 * The outcome reached: what follows and what it rests on, where the same answers lead under the
 * other editions, optional record details kept on the device, the actions (print, back, start
 * again) and the printable decision record.
 */
import { useEffect, useState, type Ref } from 'react';
import type { NodeView, TreeView, VariantView } from '../../model/trees/view.ts';
import { walk, type Answers, type Step } from '../../model/trees/walk.ts';
import DecisionRecord from './DecisionRecord.tsx';
import RecordDetailsForm from './RecordDetailsForm.tsx';
import { EMPTY_DETAILS, loadDetails, saveDetails, type RecordDetails } from './record-details.ts';
import { Heading, OutcomeBody, type OutcomeView } from './OutcomeBody.tsx';

interface Props {
  view: TreeView;
  variant: VariantView;
  steps: Step<NodeView>[];
  outcome: OutcomeView;
  answers: Answers;
  level: number;
  headingRef: Ref<HTMLHeadingElement>;
  onBack?: () => void;
  onRestart(): void;
  onSwitch(edition: string): void;
}

const today = () => new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

export default function OutcomePanel({ view, variant, steps, outcome, answers, level, headingRef, onBack, onRestart, onSwitch }: Props) {
  const [date, setDate] = useState(today);
  useEffect(() => {
    const refresh = () => setDate(today());
    addEventListener('beforeprint', refresh);
    return () => removeEventListener('beforeprint', refresh);
  }, []);
  const [details, setDetails] = useState<RecordDetails>(EMPTY_DETAILS);
  useEffect(() => setDetails(loadDetails(view.id)), [view.id]);
  const changeDetails = (next: RecordDetails) => { setDetails(next); saveDetails(view.id, next); };
  const others = view.variants.filter((v) => v.edition !== variant.edition);
  return (
    <section className="tree-outcome" aria-labelledby={`${view.id}-outcome`}>
      <Heading level={level} id={`${view.id}-outcome`} tabIndex={-1} ref={headingRef} className="tree-outcome__title">
        <span className="tree-outcome__caption">Outcome under {variant.editionTitle}</span> {outcome.title}
      </Heading>
      <OutcomeBody outcome={outcome} level={level + 1} />
      {others.length > 0 && (
        <>
          <Heading level={level + 1}>The same answers under other editions</Heading>
          <ul className="tree-compare">
            {others.map((v) => {
              const w = walk(v, answers);
              return (
                <li key={v.edition}>
                  <strong>{v.editionTitle}:</strong>{' '}
                  {w.at.kind === 'outcome' ? w.at.title : `a further question first (“${w.at.text}”)`}.{' '}
                  <button type="button" className="tree-button tree-button--link" onClick={() => onSwitch(v.edition)}>
                    See this path under {v.edition}
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      )}
      <RecordDetailsForm scope={view.id} details={details} onChange={changeDetails} />
      <div className="tree-actions">
        <button type="button" className="tree-button tree-button--primary" onClick={() => print()}>Print decision record</button>
        {onBack && <button type="button" className="tree-button" onClick={onBack}>Back</button>}
        <button type="button" className="tree-button tree-button--link" onClick={onRestart}>Start again</button>
      </div>
      <DecisionRecord variant={variant} details={details} steps={steps} outcome={outcome} date={date} address={location.href} origin={location.origin} level={level} />
    </section>
  );
}
