import { registerBadInputCases } from './helpers/bad-input-cases.ts';

registerBadInputCases({
  folder: 'moved-duty-cases',
  expectedCode: { 'was-names-an-unknown-provision': 'moved-duty-broken-link' },
});
