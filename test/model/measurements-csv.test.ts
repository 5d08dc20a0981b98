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
            problems: [{ message: 'The CSV cannot be read at line 2: a quoted field is not closed.', row: 2 }]
        });
        expect(parseMeasurementsCsv('date,value\n2026-03-01,\u0000')).toEqual({ points: [], problems: [{ message: 'The file is not UTF-8 text. Save it as UTF-8 CSV.' }] });
        expect(parseMeasurementsCsv('date,value\n2026-03-01,\uFFFD')).toEqual({ points: [], problems: [{ message: 'The file is not UTF-8 text. Save it as UTF-8 CSV.' }] });
    });

    test('hexadecimal, binary, octal, Infinity and digit separators are bad rows; decimals with exponents are fine', () => {
        const rows = ['0x1F', '0b101', '0o17', 'Infinity', '1_000', '1e400', '12.5', '.5', '3e2', '+7'];
        const text = ['date,value', ...rows.map(value => `2026-03-01,${value}`)].join('\n');
        expect(parseMeasurementsCsv(text)).toEqual({
            // 12.5, 0.5, 3e2 = 300 and +7 are the only values read.
            points: [12.5, 0.5, 300, 7].map(value => ({ date: day('2026-03-01'), value })),
            problems: ['0x1F', '0b101', '0o17', 'Infinity', '1_000', '1e400'].map((value, index) => ({ message: `Row ${index + 2}: '${value}' is not a number.`, row: index + 2 }))
        });
    });

    test('a value past the largest exact integer is a bad row, so no sum of rows overflows', () => {
        // 9007199254740991 = 2^53 − 1 is read; 2^53 and 1.7e308 (two of which sum past the largest double) are not.
        expect(parseMeasurementsCsv('date,value\n2026-03-01,9007199254740991\n2026-03-02,9007199254740993\n2026-03-03,1.7e308\n')).toEqual({
            points: [{ date: day('2026-03-01'), value: 9007199254740991 }],
            problems: [
                { message: 'Row 3: \'9007199254740993\' is too large; a result is at most 9007199254740991.', row: 3 },
                { message: 'Row 4: \'1.7e308\' is too large; a result is at most 9007199254740991.', row: 4 }
            ]
        });
    });

    test('a message quotes a short excerpt of the cell, control characters escaped', () => {
        // 26 characters: the first 20 are shown, then an ellipsis.
        expect(parseMeasurementsCsv('date,value\n2026-03-01,SECRET_TOKEN_abc123456789\n2026-03-02,\u001b[2J\n')).toEqual({
            points: [],
            problems: [
                { message: 'Row 2: \'SECRET_TOKEN_abc1234…\' is not a number.', row: 2 },
                { message: 'Row 3: \'\\x1b[2J\' is not a number.', row: 3 }
            ]
        });
    });

    test('a stray quote: the line and the fault, none of the text before it', () => {
        const { problems } = parseMeasurementsCsv('date,value\n2026-03-01,SECRET"TOKEN\n');
        expect(problems).toEqual([{ message: 'The CSV cannot be read at line 2: a quote inside a field must be doubled ("").', row: 2 }]);
    });
});
