// Saving the experiment page sends only what was edited, so it never undoes a move or a dialog saved meanwhile.
import { describe, expect, it } from 'vitest';
import { changeBetween, draftOf } from '../../../../../renderer/features/experiments/experimentDraft';
import { anExperiment } from './fixtures';

describe('the change an edit makes', () => {
  it('is empty when nothing was edited', () => {
    const experiment = anExperiment({ valueIds: ['v1'] });
    expect(changeBetween(draftOf(experiment), draftOf(experiment))).toEqual({});
  });

  it('holds only the edited fields, including cleared dates and new value lists', () => {
    const saved = anExperiment({ plannedStart: '2026-03-01', valueIds: ['v1'] });
    const draft = { ...draftOf(saved), title: 'Data meetups, round two', plannedStart: null, valueIds: ['v1', 'v2'] };
    expect(changeBetween(draftOf(saved), draft)).toEqual({ title: 'Data meetups, round two', plannedStart: null, valueIds: ['v1', 'v2'] });
  });
});
