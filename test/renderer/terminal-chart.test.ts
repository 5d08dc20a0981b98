import { describe, expect, test } from 'vitest';
import { calendarDate, computePacing, findPaceTarget } from 'sla-model';
import { renderTerminalChart } from 'sla-renderer';
import { fixtureModel } from './fixtures.js';

describe('terminal chart', () => {
    test('February 2026: 28 days, two columns each, today on day 10', async () => {
        const model = await fixtureModel();
        const pacing = computePacing(model, findPaceTarget(model, 'LeadsDelivered')!, { today: calendarDate(2026, 2, 10), month: '2026-02' });
        expect(renderTerminalChart(pacing)).toBe([
            '600 |                  |',
            '    |                  |',
            '    |                  |',
            '    |                  |',
            '400 |------------------------------------------------.-.-.-.- finish line',
            '    |                  |                     . . . .',
            '    |                  |               . . .',
            '    |                  |       . . . .',
            '    |                  . . . .',
            '    |          . . . . |',
            '    |  * * . .         |',
            '    |*                 |',
            '  0 +--------------------------------------------------------',
            '     1       5         10        15        20        25    28',
            '* actual cumulative   . cumulative target   - finish line 400   | today (day 10)',
            ''
        ].join('\n'));
    });

    test('plain characters only', async () => {
        const model = await fixtureModel();
        const pacing = computePacing(model, findPaceTarget(model, 'LeadsDelivered')!, { today: calendarDate(2026, 3, 15) });
        expect(renderTerminalChart(pacing)).toMatch(/^[\x20-\x7E\n]*$/);
    });
});
