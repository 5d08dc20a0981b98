import type { CalendarDate } from './dates.js';

export interface RenderOptions {
    /** Today, for the pacing charts' today marker and standing; never read from the clock here. */
    today: CalendarDate;
    /** selected month per paced metric, `YYYY-MM`, keyed by chart group id (`LeadsDelivered`, `LeadsDelivered.DecisionMakers`) */
    months?: Record<string, string>;
    /** `YYYY-MM`: the month the service level report section shows first (else the last finished one). */
    month?: string;
}
