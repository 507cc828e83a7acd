import { registerBadInputCases } from './helpers/bad-input-cases.ts';

registerBadInputCases({
  folder: 'flowchart-cases',
  expectedCode: {
    'mermaid-syntax-error': 'mermaid-syntax',
    'step-cites-unknown-provision': 'unknown-provision',
    'walkthrough-names-unknown-node': 'unknown-node',
    'node-not-in-walkthrough': 'node-not-in-walkthrough',
    'flowchart-number-not-listed': 'unknown-flowchart-number',
    'numbered-chart-without-an-official-title-needs-ours': 'numbered-chart-needs-title',
  },
  names: { valid: 'the valid twin draws and loads without problems', bad: 'the bad twin fails with its own message, file and line' },
});
