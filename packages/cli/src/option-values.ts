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
