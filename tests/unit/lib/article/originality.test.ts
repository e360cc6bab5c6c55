import { describe, expect, it } from 'vitest';
import { longestSharedRun, normalisedWords, runFingerprints, sharedRuns } from '../../../../src/lib/article/originality.ts';

const report = 'El presidente ruso, Vladimir Putin, y el líder norcoreano, Kim Jong-un, firmaron el acuerdo durante una cumbre en Pyongyang en junio.';

describe('normalisedWords(text)', () => {
  it('ignores case, accents and punctuation', () => {
    expect(normalisedWords('«Líder NORCOREANO», Kim Jong-un.')).toEqual(['lider', 'norcoreano', 'kim', 'jong', 'un']);
  });
});

describe('longestSharedRun(text, source)', () => {
  it('finds the longest run of words in both, whatever the case and punctuation', () => {
    const run = longestSharedRun('Dijo que su LÍDER norcoreano Kim Jong-un firmaron el acuerdo ayer.', report);
    expect(run.length).toBe(8);
    expect(run.words).toBe('lider norcoreano kim jong un firmaron el acuerdo');
  });

  it('is short for a text written in other words', () => {
    expect(longestSharedRun('Putin y Kim sellaron el pacto en Pionyang a mediados de 2024.', report).length).toBeLessThan(3);
  });
});

describe('runFingerprints and sharedRuns', () => {
  it('find shared 8-word runs from hashes alone', async () => {
    const prints = new Set(await runFingerprints(report, 8));
    expect(await sharedRuns('Dijo que su líder norcoreano Kim Jong-un firmaron el acuerdo ayer.', prints)).toEqual(['lider norcoreano kim jong un firmaron el acuerdo']);
    expect(await sharedRuns('Putin y Kim sellaron el pacto en Pionyang a mediados de 2024.', prints)).toEqual([]);
  });
});
