import { describe, expect, test } from 'vitest';
import { parseMeasurementsCsv } from 'sla-model';

const day = (iso: string) => {
    const [year, month, date] = iso.split('-').map(Number);
    return { year, month, day: date, iso };
};

describe('parseMeasurementsCsv', () => {
    test('rows of date and value, with an optional segment', () => {
        expect(parseMeasurementsCsv('date,value,segment\n2026-03-01,14,\n2026-03-01,3,DecisionMakers\n2026-03-02,2.5,\n')).toEqual({
            points: [
                { date: day('2026-03-01'), value: 14 },
                { date: day('2026-03-01'), value: 3, segment: 'DecisionMakers' },
                { date: day('2026-03-02'), value: 2.5 }
            ],
            problems: []
        });
    });

    test('a byte order mark, a header in capitals, CRLF line ends, spaces and empty lines are fine', () => {
        expect(parseMeasurementsCsv('\uFEFFDate,Value\r\n2026-03-01, 4 \r\n\r\n2026-03-02,1e2\r\n')).toEqual({
            points: [{ date: day('2026-03-01'), value: 4 }, { date: day('2026-03-02'), value: 100 }],
            problems: []
        });
    });

    test('each bad row is reported with its number, and the good rows are kept', () => {
        expect(parseMeasurementsCsv('date,value\n2026-03-01,4\n2026-03-02,-1\n2026-03-03,\nfoo,1\n2026-03-05,x\n2026-03-06,6\n')).toEqual({
            points: [{ date: day('2026-03-01'), value: 4 }, { date: day('2026-03-06'), value: 6 }],
            problems: [
                { message: 'Row 3: -1 is negative; results are counts or amounts of zero or more.', row: 3 },
                { message: 'Row 4: \'\' is not a number.', row: 4 },
                { message: 'Row 5: \'foo\' is not a date; write YYYY-MM-DD.', row: 5 },
                { message: 'Row 6: \'x\' is not a number.', row: 6 }
            ]
        });
    });

    test('at most 20 row problems, then how many more', () => {
        const text = ['date,value', ...Array.from({ length: 23 }, (_, index) => `day${index},1`)].join('\n');
        const { points, problems } = parseMeasurementsCsv(text);
        expect(points).toEqual([]);
        expect(problems).toHaveLength(21);
        expect(problems[0]).toEqual({ message: 'Row 2: \'day0\' is not a date; write YYYY-MM-DD.', row: 2 });
        expect(problems[19]).toEqual({ message: 'Row 21: \'day19\' is not a date; write YYYY-MM-DD.', row: 21 });
        expect(problems[20]).toEqual({ message: '3 more rows have problems.' });
    });

    test('a bad header, an empty file, an unclosed quote, a file that is not text', () => {
        expect(parseMeasurementsCsv('day,count\n2026-03-01,1\n')).toEqual({ points: [], problems: [{ message: 'The header must be `date,value` or `date,value,segment`.', row: 1 }] });
        expect(parseMeasurementsCsv('date,value,team\n')).toEqual({ points: [], problems: [{ message: 'The header must be `date,value` or `date,value,segment`.', row: 1 }] });
        expect(parseMeasurementsCsv('')).toEqual({ points: [], problems: [{ message: 'The file is empty. Add the header `date,value` and one row per day.' }] });
        expect(parseMeasurementsCsv('date,value\n"2026-03-01,4\n')).toEqual({
            points: [],
            problems: [{ message: 'The CSV cannot be read: Quote Not Closed: the parsing is finished with an opening quote at line 2', row: 2 }]
        });
        expect(parseMeasurementsCsv('date,value\n2026-03-01,\u0000')).toEqual({ points: [], problems: [{ message: 'The file is not UTF-8 text. Save it as UTF-8 CSV.' }] });
        expect(parseMeasurementsCsv('date,value\n2026-03-01,\uFFFD')).toEqual({ points: [], problems: [{ message: 'The file is not UTF-8 text. Save it as UTF-8 CSV.' }] });
    });
});
