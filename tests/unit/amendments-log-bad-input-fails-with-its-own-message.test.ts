import { registerBadInputCases } from './helpers/bad-input-cases.ts';

registerBadInputCases({
  folder: 'amendments-cases',
  expectedCode: {
    'entry-dated-in-the-future': 'amendments-bad-date',
    'entry-names-unknown-place': 'amendments-unknown-place',
    'check-later-than-the-last-check': 'amendments-disagree',
    'local-update-in-the-national-log': 'invalid-field',
    'amendment-the-edition-does-not-list': 'amendments-unknown-amendment',
    'next-check-beyond-twelve-months': 'amendments-disagree',
  },
});
