// A complete experiment and reflection for renderer helper tests, overridable field by field.
import type { Experiment } from '../../../shared/domain/experiment';
import type { Reflection } from '../../../shared/domain/reflection';

const stamp = '2026-03-01T10:00:00.000Z';

export function anExperiment(fields: Partial<Experiment> = {}): Experiment {
  return {
    id: 'e1', title: 'Data meetups', kind: 'networking', hypothesis: '', successCriteria: '', stopCriteria: '',
    plannedStart: null, plannedEnd: null, actualStart: null, actualEnd: null, status: 'idea', dropReason: '',
    outcome: '', learning: '', energy: null, engagement: null, valueIds: [], people: [], places: [],
    createdAt: stamp, updatedAt: stamp, ...fields,
  };
}

export function aReflection(fields: Partial<Reflection> = {}): Reflection {
  return {
    id: 'r1', entryDate: '2026-03-01', title: '', body: '', promptId: null, energy: null, engagement: null,
    tags: [], valueIds: [], experimentIds: [], createdAt: stamp, updatedAt: stamp, ...fields,
  };
}
