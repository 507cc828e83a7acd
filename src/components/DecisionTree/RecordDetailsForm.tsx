/**
 * Optional fields for the decision record (case reference, decision-maker, rationale). What is
 * typed is kept on this device only (record-details.ts) and printed on the record; "Clear these
 * details" removes it. Labels are visible; nothing here changes the address.
 */
import type { RecordDetails } from './record-details.ts';

interface Props {
  scope: string;
  details: RecordDetails;
  onChange(details: RecordDetails): void;
}

export default function RecordDetailsForm({ scope, details, onChange }: Props) {
  const field = (name: keyof RecordDetails) => ({
    id: `${scope}-record-${name}`,
    value: details[name],
    onChange: (e: { currentTarget: { value: string } }) => onChange({ ...details, [name]: e.currentTarget.value }),
  });
  const filled = Object.values(details).some((v) => v.trim());
  return (
    <details className="tree-record-details" open={filled || undefined}>
      <summary>Add details to the decision record (optional)</summary>
      <p className="tree-record-details__hint">
        Kept in this browser on this device only, never put in the address or sent anywhere. They print on the decision record.
      </p>
      <div className="tree-record-details__field">
        <label htmlFor={`${scope}-record-caseRef`}>Case reference</label>
        <input type="text" autoComplete="off" {...field('caseRef')} />
      </div>
      <div className="tree-record-details__field">
        <label htmlFor={`${scope}-record-decisionMaker`}>Decision made by</label>
        <input type="text" autoComplete="off" {...field('decisionMaker')} />
      </div>
      <div className="tree-record-details__field">
        <label htmlFor={`${scope}-record-rationale`}>Rationale</label>
        <textarea rows={4} {...field('rationale')} />
      </div>
      {filled && (
        <button type="button" className="tree-button tree-button--link" onClick={() => onChange({ caseRef: '', decisionMaker: '', rationale: '' })}>
          Clear these details
        </button>
      )}
    </details>
  );
}
