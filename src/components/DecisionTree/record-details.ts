/**
 * The optional details a practitioner adds to a decision record: a case reference, who made the
 * decision and why. Kept in this browser only (localStorage, key "wtn-decision-record:<tree>"),
 * never written to the address and never sent; printed on the record; cleared on request.
 */
export interface RecordDetails {
  caseRef: string;
  decisionMaker: string;
  rationale: string;
}

export const EMPTY_DETAILS: RecordDetails = { caseRef: '', decisionMaker: '', rationale: '' };
const keyFor = (treeId: string) => `wtn-decision-record:${treeId}`;

export function loadDetails(treeId: string): RecordDetails {
  try {
    return { ...EMPTY_DETAILS, ...JSON.parse(localStorage.getItem(keyFor(treeId)) ?? '{}') };
  } catch {
    return { ...EMPTY_DETAILS };
  }
}

export function saveDetails(treeId: string, details: RecordDetails): void {
  try {
    if (Object.values(details).some((v) => v.trim())) localStorage.setItem(keyFor(treeId), JSON.stringify(details));
    else localStorage.removeItem(keyFor(treeId));
  } catch {
    // Storage may be off (private browsing): the details still print from this page.
  }
}
