import { describe, expect, it } from 'vitest';
import { timelineChoices } from '../../../../src/lib/article/timelineChoices.ts';

describe('timelineChoices(body)', () => {
  it('reads each <Timeline>’s view, window and categories, in order', () => {
    const body = [
      'Text.',
      '<Timeline view="war-support" categories={["military", "war"]} caption="Arms, 2022–2025" />',
      '<Timeline window={["2011-01-01", "2025-12-31"]} highlight={["un-panel-veto"]} caption="Debt" />',
      '<Timeline categories={["treaty"]} caption="Treaties" />',
    ].join('\n\n');
    expect(timelineChoices(body)).toEqual([{ view: 'war-support', categories: ['military', 'war'] }, { window: ['2011-01-01', '2025-12-31'] }, { categories: ['treaty'] }]);
  });

  it('finds nothing in a body without a timeline', () => {
    expect(timelineChoices('No <EventRef id="x" /> timeline here.')).toEqual([]);
  });
});
