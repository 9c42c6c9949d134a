// The contract refuses malformed input for every operation and accepts well-formed input.
import { describe, expect, it } from 'vitest';
import { contract, isOperationName, operationNames } from '../../../shared/contract';
import { isCalendarDate } from '../../../shared/domain/dates';

const id = '0b7c8a4e-3f0d-4c4a-9d53-6f2a1b9e8c11';

describe('contract', () => {
  it('knows its own operations and nothing else', () => {
    expect(operationNames).toContain('reflections.create');
    expect(isOperationName('reflections.create')).toBe(true);
    expect(isOperationName('toString')).toBe(false);
    expect(isOperationName('__proto__')).toBe(false);
    expect(isOperationName(42)).toBe(false);
  });

  it.each([
    ['reflections.create', { entryDate: '2024-02-30' }],
    ['reflections.create', { entryDate: '20240101' }],
    ['reflections.create', { entryDate: '2024-01-01', title: 'x'.repeat(301) }],
    ['reflections.create', { entryDate: '2024-01-01', extra: true }],
    ['reflections.create', null],
    ['reflections.update', { id: 'not-a-uuid', body: 'x' }],
    ['reflections.update', { id, body: 42 }],
    ['reflections.get', {}],
    ['reflections.delete', { id: "1' OR 1=1 --" }],
    ['reflections.list', { limit: 0 }],
    ['reflections.list', { limit: 10_000 }],
    ['reflections.list', { cursor: 'garbage' }],
    ['app.info', { anything: 1 }],
  ] as const)('rejects %s with %j', (operation, payload) => {
    expect(contract[operation].input.safeParse(payload).success).toBe(false);
  });

  it('fills defaults for optional fields', () => {
    const parsed = contract['reflections.create'].input.parse({ entryDate: '2024-02-29' });
    expect(parsed).toEqual({ entryDate: '2024-02-29', title: '', body: '' });
    expect(contract['reflections.list'].input.parse({})).toEqual({ limit: 50 });
    expect(contract['app.info'].input.parse(undefined)).toEqual({});
  });

  it('accepts only real calendar dates', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2023-02-29')).toBe(false);
    expect(isCalendarDate('2023-13-01')).toBe(false);
    expect(isCalendarDate('2023-04-31')).toBe(false);
  });
});
