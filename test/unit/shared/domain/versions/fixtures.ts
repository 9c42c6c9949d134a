// Strategy versions for the version tests: small, readable, and easy to vary.
import { type StrategyValue, type StrategyVersionInput } from '../../../../../shared/domain/versions/types';

export function value(id: string, fields: Partial<StrategyValue> = {}): StrategyValue {
  return { id, label: id, description: `Why ${id} matters`, colour: '#336699', ...fields };
}

export function version(id: string, createdAt: string, fields: Partial<StrategyVersionInput> = {}): StrategyVersionInput {
  return {
    id,
    createdAt,
    note: `note ${id}`,
    aspiration: 'Build calm tools that help people think',
    values: [value('craft'), value('care')],
    layout: {
      circles: [
        { valueId: 'craft', x: 100, y: 100, r: 60 },
        { valueId: 'care', x: 160, y: 100, r: 60 },
      ],
      shown: ['craft', 'care'],
    },
    ...fields,
  };
}
