/**
 * Each bad tree in tests/fixtures/tree-cases/ fails the content check with its own message, file
 * and line (snapshot in expected.txt); its valid twin passes.
 */
import { registerBadInputCases } from './helpers/bad-input-cases.ts';

registerBadInputCases({
  folder: 'tree-cases',
  expectedCode: {
    'unreachable-node': 'unreachable-node',
    'tree-cycle': 'tree-cycle',
    'answer-leads-nowhere': 'unknown-node',
    'provision-not-in-edition': 'unknown-provision',
    'missing-citations': 'missing-field',
    'example-fails': 'example-fails',
    'key-asked-twice': 'key-asked-twice',
    'outcome-contradicts-its-provision': 'fact-disagrees',
  },
  names: { valid: 'the valid tree passes every check', bad: 'the bad tree fails with its own message, file and line' },
});
