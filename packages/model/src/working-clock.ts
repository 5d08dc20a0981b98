/**
 * The clock a service, severity or metric runs on: how much working time lies between two
 * instants, and when a duration of working time that starts at an instant ends. A 24×7 clock
 * counts every minute; a business calendar counts only its working hours in its time zone,
 * skipping weekends and holidays. Ticket due times and business-hours durations are measured on it.
 */
export interface WorkingClock {
    /** What the clock is called in messages and the report, e.g. "24×7" or "Office hours". */
    readonly name: string;
    /** The IANA time zone its working hours are stated in, e.g. "Europe/Berlin". */
    readonly timeZone: string;
    /** The instant at which `minutes` of working time, counted from `start`, have passed. */
    addWorkingMinutes(start: Date, minutes: number): Date;
    /** The working minutes between two instants (0 when `end` is not after `start`). */
    workingMinutesBetween(start: Date, end: Date): number;
}

/** Every minute of every day counts: the clock of a 24×7 service. */
export const ALWAYS_ON: WorkingClock = {
    name: '24×7',
    timeZone: 'UTC',
    addWorkingMinutes: (start, minutes) => new Date(start.getTime() + minutes * 60_000),
    workingMinutesBetween: (start, end) => Math.max(0, (end.getTime() - start.getTime()) / 60_000)
};
