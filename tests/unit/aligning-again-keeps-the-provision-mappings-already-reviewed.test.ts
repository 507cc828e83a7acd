import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'yaml';
import { provisionMapFile } from '../../src/official/provision-map-file.ts';

const proposals = [
  { provision: 'tool-care', chapter: 'chapter-1', proposed: [{ number: '2', score: 0.62 }] },
  { provision: 'seed-fund', chapter: 'chapter-1', proposed: [{ number: '4', score: 0.7 }] },
];

test('npm run align writes the provision map again, keeping entries a reviewer marked reviewed and refreshing the rest', () => {
  const first = provisionMapFile('2013', proposals);
  const edited = first.replace(/- provision: seed-fund\n(\s+)chapter: chapter-1\n/, '- provision: seed-fund\n$1chapter: chapter-1\n$1paragraphs: ["4", "5"]\n').replace(/(provision: seed-fund[\s\S]*?)reviewed: false/, '$1reviewed: true');
  const again = parse(provisionMapFile('2013', [{ ...proposals[0], proposed: [{ number: '3', score: 0.4 }] }, proposals[1]], edited));
  const byId = new Map(again.provisions.map((p: { provision: string }) => [p.provision, p]));
  assert.deepEqual(byId.get('seed-fund'), { provision: 'seed-fund', chapter: 'chapter-1', paragraphs: ['4', '5'], proposed: [{ number: '4', score: 0.7 }], reviewed: true });
  assert.deepEqual((byId.get('tool-care') as { proposed: unknown }).proposed, [{ number: '3', score: 0.4 }]);
  assert.match(provisionMapFile('2013', proposals, edited), /^# /, 'keeps the header explaining the file');
});
