// The experiment page shows the saved experiment, except for fields still being saved, which keep what was typed.
import { describe, expect, it } from 'vitest';
import { draftOf, shownFields } from '../../../../../renderer/features/experiments/experimentDraft';
import { anExperiment } from '../../fixtures';

describe('the fields the page shows', () => {
  it('are the saved experiment’s when nothing is unsaved', () => {
    const experiment = anExperiment({ valueIds: ['v1'] });
    expect(shownFields(experiment, {})).toEqual(draftOf(experiment));
  });

  it('keep unsaved edits, including cleared dates and new value lists, over what a move saved', () => {
    const moved = anExperiment({ status: 'running', actualStart: '2026-03-02', plannedStart: '2026-03-01', valueIds: ['v1'] });
    const shown = shownFields(moved, { hypothesis: 'Half typed', plannedStart: null, valueIds: ['v1', 'v2'] });
    expect(shown).toMatchObject({ hypothesis: 'Half typed', plannedStart: null, valueIds: ['v1', 'v2'], actualStart: '2026-03-02' });
  });
});
