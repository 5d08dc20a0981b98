import { describe, expect, test } from 'vitest';
import { calendarDate, computePacing, findPaceTarget } from 'sla-model';
import { paceRows, renderPaceTable } from 'sla-renderer';
import { fixtureModel, TODAY } from './fixtures.js';

describe('pace table', () => {
    test('one row per day; a missing day shows –, the cumulative result carries on', async () => {
        const model = await fixtureModel();
        const pacing = computePacing(model, findPaceTarget(model, 'LeadsDelivered')!, { today: TODAY });
        const rows = paceRows(pacing);
        expect(rows).toHaveLength(31);
        expect(rows.slice(0, 6)).toEqual([
            ['1', '12.9', '12.9', '14', '14', '+1.1'],
            ['2', '12.9', '25.8', '15', '29', '+3.2'],
            ['3', '12.9', '38.7', '10', '39', '+0.3'],
            ['4', '12.9', '51.6', '–', '39', '−12.6'],
            ['5', '12.9', '64.5', '17', '56', '−8.5'],
            ['6', '12.9', '77.4', '–', '–', '–']
        ]);
        expect(rows[30]).toEqual(['31', '12.9', '400.0', '–', '–', '–']);
    });

    test('a row dated after today leaves its day empty', async () => {
        const model = await fixtureModel();
        const pacing = computePacing(model, findPaceTarget(model, 'LeadsDelivered')!, { today: calendarDate(2026, 3, 4) });
        // Day 5's 17 is after today (day 4), which has no row: the running total stops at day 3's 39.
        expect(paceRows(pacing).slice(2, 5)).toEqual([
            ['3', '12.9', '38.7', '10', '39', '+0.3'],
            ['4', '12.9', '51.6', '–', '–', '–'],
            ['5', '12.9', '64.5', '–', '–', '–']
        ]);
    });

    test('plain text with right-aligned columns', async () => {
        const model = await fixtureModel();
        const pacing = computePacing(model, findPaceTarget(model, 'LeadsDelivered')!, { today: TODAY, month: '2026-02' });
        expect(renderPaceTable(pacing).split('\n').slice(0, 5)).toEqual([
            'Day  Daily target  Cumulative target  Actual  Cumulative actual  Difference',
            '  1          14.3               14.3      10                 10        −4.3',
            '  2          14.3               28.6      20                 30        +1.4',
            '  3          14.3               42.9      30                 60       +17.1',
            '  4          14.3               57.1       –                  –           –'
        ]);
    });
});
