// The plan in calendar dates: phases one after another from the scope's startDate, in working days (Monday to Friday;
// a week of the estimate is five working days), and whether it ends after the target date. Pure date arithmetic on
// ISO dates as written (UTC midnight), never the machine's clock or time zone.

export interface DatedPhase {
  name: string;
  weeks: number;
  /** First and last working day, `YYYY-MM-DD`. */
  start: string;
  end: string;
}

export interface DatedPlan {
  phases: DatedPhase[];
  start: string;
  end: string;
  /** Working weeks from the first day to the last. */
  weeks: number;
}

const DAY = 86_400_000;

function toTime(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
}
const toIso = (t: number): string => new Date(t).toISOString().slice(0, 10);
const isWeekend = (t: number): boolean => {
  const day = new Date(t).getUTCDay();
  return day === 0 || day === 6;
};

/** The first working day on or after `t`. */
function workingDayFrom(t: number): number {
  while (isWeekend(t)) t += DAY;
  return t;
}

/** The working day `n` working days after `t` (a working day itself). */
function addWorkingDays(t: number, n: number): number {
  let left = n;
  while (left > 0) {
    t += DAY;
    if (!isWeekend(t)) left--;
  }
  return t;
}

/**
 * The phases laid end to end from `startDate` (moved to the Monday when it falls on a weekend): each lasts its weeks
 * times five working days, at least one, rounded up to a whole day; the next starts on the following working day.
 * Phases of zero weeks are left out.
 */
export function datePlan(startDate: string, phases: readonly { name: string; weeks: number }[]): DatedPlan {
  const first = workingDayFrom(toTime(startDate));
  let cursor = first;
  let last = first;
  const dated: DatedPhase[] = [];
  for (const phase of phases) {
    if (phase.weeks <= 0) continue;
    const days = Math.max(1, Math.ceil(phase.weeks * 5));
    const end = addWorkingDays(cursor, days - 1);
    dated.push({ name: phase.name, weeks: phase.weeks, start: toIso(cursor), end: toIso(end) });
    last = end;
    cursor = addWorkingDays(end, 1);
  }
  return { phases: dated, start: toIso(first), end: toIso(last), weeks: phases.reduce((sum, p) => sum + Math.max(0, p.weeks), 0) };
}

/** True when the plan's last day falls after the target date (both `YYYY-MM-DD`). */
export function endsAfter(plan: Pick<DatedPlan, 'end'>, targetDate: string | undefined): boolean {
  return targetDate !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(targetDate) && plan.end > targetDate;
}
