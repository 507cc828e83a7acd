/**
 * The printable decision record: the date, the tree, the edition applied, each question and
 * answer, the outcome and every cited paragraph with its address, and the case reference,
 * decision-maker and rationale if given (else blank lines to fill in by hand). Hidden on screen; when an
 * outcome has been reached, printing the page prints this record alone (decision-tree.css).
 */
import type { Step } from '../../model/trees/walk.ts';
import type { NodeView, VariantView } from '../../model/trees/view.ts';
import { Heading, OutcomeBody, type OutcomeView } from './OutcomeBody.tsx';
import type { RecordDetails } from './record-details.ts';

interface Props {
  variant: VariantView;
  /** Case reference, decision-maker and rationale (blank lines to fill by hand when not given). */
  details: RecordDetails;
  steps: Step<NodeView>[];
  outcome: OutcomeView;
  /** The date the record is made, already formatted ("22 November 2026"). */
  date: string;
  /** The page's address with the path in its fragment, and the site's origin for cited addresses. */
  address: string;
  origin: string;
  level: number;
}

export default function DecisionRecord({ variant, details, steps, outcome, date, address, origin, level }: Props) {
  return (
    <section className="decision-record" aria-label="Decision record (for printing)">
      <Heading level={level}>Decision record</Heading>
      <dl className="decision-record__facts">
        <dt>Question</dt><dd>{variant.treeTitle}</dd>
        <dt>Date</dt><dd>{date}</dd>
        <dt>Guidance applied</dt><dd>{variant.editionTitle}{variant.current ? ' (in force)' : ' (superseded)'}</dd>
        <dt>Case reference</dt><dd className="decision-record__entry">{details.caseRef}</dd>
        <dt>Decision made by</dt><dd className="decision-record__entry">{details.decisionMaker}</dd>
        <dt>Rationale</dt><dd className="decision-record__entry decision-record__rationale">{details.rationale}</dd>
      </dl>
      <table className="decision-record__answers">
        <caption>Questions and answers</caption>
        <thead><tr><th scope="col">Question</th><th scope="col">Answer</th></tr></thead>
        <tbody>
          {steps.map((s) => (
            <tr key={s.question.id}><td>{s.question.text}</td><td>{s.answer.label}</td></tr>
          ))}
        </tbody>
      </table>
      <Heading level={level + 1}>Outcome: {outcome.title}</Heading>
      <OutcomeBody outcome={outcome} level={level + 1} absolute={origin} />
      <p className="decision-record__note">
        Made with Working Together Navigator, an independent summary of the guidance, not the official text:
        check the official publication before acting. The answers were not sent anywhere; this path can be reopened at {address}
      </p>
    </section>
  );
}
