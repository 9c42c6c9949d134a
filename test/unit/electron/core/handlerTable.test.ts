// Handler groups combine into one table, and two groups claiming one operation stop start-up instead of one winning.
import { describe, expect, it } from 'vitest';
import { combineGroups } from '../../../../electron/core/handlerTable';
import { operationNames } from '../../../../shared/contract';
import { startCore } from './coreFixture';

describe('combineGroups', () => {
  it('keeps every entry of every group', () => {
    expect(combineGroups('test', [{ a: 1 }, { b: 2 }])).toEqual({ a: 1, b: 2 });
  });

  it('throws, naming the operation, when two groups implement the same one', () => {
    expect(() => combineGroups('handler', [{ 'values.list': () => [] }, { 'values.list': () => [] }])).toThrow(
      'Two handler groups both implement values.list.',
    );
  });

  it('gives the core a handler for every operation of the contract, and nothing else', () => {
    expect(Object.keys(startCore().handlers).sort()).toEqual([...operationNames].sort());
  });
});
