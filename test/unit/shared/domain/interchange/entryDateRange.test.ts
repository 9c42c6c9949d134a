import { describe, expect, it } from 'vitest';
import { entryDateRangeProblem } from '../../../../../shared/domain/interchange/entryDateRange';

const now = new Date('2024-06-15T12:00:00Z');

describe('entryDateRangeProblem', () => {
  it('accepts dates from 1900 up to tomorrow', () => {
    expect(entryDateRangeProblem('1900-01-01', now)).toBeNull();
    expect(entryDateRangeProblem('2024-06-15', now)).toBeNull();
    expect(entryDateRangeProblem('2024-06-16', now)).toBeNull();
  });

  it('refuses dates before 1900 or more than a day ahead', () => {
    expect(entryDateRangeProblem('1899-12-31', now)).toMatch(/before 1900-01-01/);
    expect(entryDateRangeProblem('2024-06-17', now)).toMatch(/in the future/);
  });
});
