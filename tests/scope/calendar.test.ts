// The plan in calendar dates: working days only, phases end to end, a weekend start moved to Monday, and the check
// against the target date.
import { describe, expect, it } from 'vitest';

import { datePlan, endsAfter } from '../../shared/scope/calendar';

describe('datePlan', () => {
  it('lays phases end to end in working weeks from the start date', () => {
    // Monday 1 March 2027.
    const plan = datePlan('2027-03-01', [
      { name: 'Discovery', weeks: 1 },
      { name: 'Build', weeks: 2.5 },
      { name: 'Launch', weeks: 0.5 },
    ]);
    expect(plan.phases).toEqual([
      { name: 'Discovery', weeks: 1, start: '2027-03-01', end: '2027-03-05' },
      { name: 'Build', weeks: 2.5, start: '2027-03-08', end: '2027-03-24' },
      { name: 'Launch', weeks: 0.5, start: '2027-03-25', end: '2027-03-29' },
    ]);
    expect(plan).toMatchObject({ start: '2027-03-01', end: '2027-03-29', weeks: 4 });
  });

  it('moves a weekend start to the Monday, skips phases of no weeks, and crosses month and year ends', () => {
    const plan = datePlan('2026-12-26', [
      { name: 'Empty', weeks: 0 },
      { name: 'Build', weeks: 2 },
    ]);
    expect(plan.phases).toEqual([{ name: 'Build', weeks: 2, start: '2026-12-28', end: '2027-01-08' }]);
  });

  it('says when the plan ends after the target date, and not on or before it', () => {
    const plan = datePlan('2027-03-01', [{ name: 'Build', weeks: 2 }]);
    expect(plan.end).toBe('2027-03-12');
    expect(endsAfter(plan, '2027-03-11')).toBe(true);
    expect(endsAfter(plan, '2027-03-12')).toBe(false);
    expect(endsAfter(plan, undefined)).toBe(false);
  });
});
