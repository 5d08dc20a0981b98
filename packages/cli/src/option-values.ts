import { InvalidArgumentError } from 'commander';
import type { CalendarDate } from 'sla-model';
import { monthKey, parseCalendarDate, parseMonthKey } from 'sla-model';

/** `--today YYYY-MM-DD`: commander prints the message after naming the option and the value. */
export function parseDateOption(text: string): CalendarDate {
    const date = parseCalendarDate(text);
    if (!date) {
        throw new InvalidArgumentError('Write a date that exists, as YYYY-MM-DD.');
    }
    return date;
}

/** `--month YYYY-MM`, given back as the month key pacing lists its months by. */
export function parseMonthOption(text: string): string {
    const month = parseMonthKey(text);
    if (!month) {
        throw new InvalidArgumentError('Write a month as YYYY-MM.');
    }
    return monthKey(month);
}

/** `--quarter YYYY-Qn`. */
export function parseQuarterOption(text: string): string {
    const match = /^(\d{4})-Q([1-4])$/i.exec(text.trim());
    if (!match) {
        throw new InvalidArgumentError('Write a quarter as YYYY-Qn, e.g. 2026-Q1.');
    }
    return `${match[1]}-Q${match[2]}`;
}
