import { registerBadInputCases } from './helpers/bad-input-cases.ts';

registerBadInputCases({
  folder: 'session-cases',
  expectedCode: {
    'session-cites-unknown-range': 'unknown-range',
    'session-cites-unknown-section': 'unknown-section',
    'session-path-names-unknown-step': 'unknown-step',
    'session-path-names-unknown-provision': 'unknown-provision',
  },
});
