/**
 * Agreements that are long in one way each (prose, metrics with pacing charts, glossary
 * terms, an escalation matrix) or in all of them, sized to print around five pages: the
 * page estimate's calibration prints them. Deterministic text of ordinary English words.
 */
const VOCABULARY = ('the provider restores every service within the agreed time and reports each incident to the customer '
    + 'with its cause the actions taken and the steps that prevent it from happening again during business hours '
    + 'monitoring detects most outages before users notice them and the service desk informs the affected teams').split(' ');

/** `count` words of running text, starting at word `start` of the vocabulary. */
export function sentence(count: number, start = 0): string {
    const words = Array.from({ length: count }, (_, index) => VOCABULARY[(start + index) % VOCABULARY.length]);
    return `${words.join(' ').replace(/^./, letter => letter.toUpperCase())}.`;
}

function agreement(name: string, body: string[]): string {
    return [
        `agreement ${name} "${name.replace(/([a-z])([A-Z])/g, '$1 $2')} service level agreement" {`,
        '    version "1.0"',
        '    kind internal',
        '    model service-based',
        `    summary "${sentence(45)}"`,
        '    period 2026-01-01 to 2026-12-31',
        '    party Provider "Operations team" provider {',
        '        representative "Dana Lee" as "Service Level Manager"',
        '    }',
        '    party Customer "Sales team" customer',
        ...body,
        '}',
        ''
    ].join('\n');
}

/** Free sections of several paragraphs and a list each: prose that breaks across pages. */
export function longProse(sections: number): string {
    return agreement('LongProse', Array.from({ length: sections }, (_, index) => [
        `    section "Policy ${index + 1}" "${sentence(60 + 7 * (index % 4), index)}`,
        '',
        sentence(35, index + 3),
        '',
        `- ${sentence(12, index)}`,
        `- ${sentence(18, index + 5)}`,
        '',
        `${sentence(25, index + 9)}"`
    ].join('\n')));
}

/** One paragraph that runs over pages, broken between lines. */
export function oneParagraph(words: number): string {
    return agreement('OneParagraph', [`    section "Policy" "${sentence(words)}"`]);
}

/** Metrics in one service; every other one is paced against a monthly goal, so it has a chart. */
export function manyMetrics(count: number): string {
    const metrics: string[] = [];
    const measurements: string[] = [];
    for (let index = 0; index < count; index++) {
        const paced = index % 2 === 0;
        metrics.push(
            `        metric Metric${index} "${paced ? 'Requests handled' : 'Requests answered in time'}, team ${index}" {`,
            `            counts "${paced ? 'requests handled by the team' : 'requests answered within the agreed time'}"`,
            `            target >= ${paced ? `${200 + 10 * index} per month` : '95 % per month'}`,
            '            measured by "Service desk report" operated by Provider every day',
            '            controlled by Provider',
            ...(paced ? ['            pace daily'] : []),
            '        }'
        );
        if (paced) {
            measurements.push(`    measurements for Metric${index} {`,
                ...[1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(day => `        2026-03-${String(day).padStart(2, '0')} ${6 + (day * index) % 5}`),
                '    }');
        }
    }
    return agreement('ManyMetrics', [
        '    service Desk "Service desk" {',
        '        provided by Provider to Customer',
        `        description "${sentence(30)}"`,
        ...metrics,
        '    }',
        ...measurements
    ]);
}

/** A glossary of terms with definitions of one to three lines. */
export function manyTerms(count: number): string {
    return agreement('ManyTerms', [
        '    glossary {',
        ...Array.from({ length: count }, (_, index) =>
            `        term [Term ${index}] aka [Terms ${index}] = "${sentence(10 + (index * 7) % 35, index)}"`),
        '    }'
    ]);
}

/** Severity levels with escalation steps: an escalation matrix that runs over pages. */
export function escalationMatrix(levels: number): string {
    return agreement('EscalationMatrix', Array.from({ length: levels }, (_, index) => [
        `    severity Level${index} "Level ${index}: ${sentence(3 + index % 6, index).slice(0, -1).toLowerCase()}" {`,
        `        response within ${1 + index % 4} hours`,
        `        resolution within ${4 + index % 5} hours`,
        ...Array.from({ length: 1 + index % 4 }, (_, step) => `        escalate after ${2 + step} hours to "${['Duty manager', 'Head of operations', 'Chief information officer', 'Service Level Manager'][step]}"`),
        '    }'
    ].join('\n')));
}

/** Something of everything, `scale` times: the threshold region's documents. */
export function mixed(scale: number): string {
    const body: string[] = [];
    const measurements: string[] = [];
    for (let index = 0; index < scale; index++) {
        body.push(
            `    service Service${index} "Service ${index}" {`,
            '        provided by Provider to Customer',
            '        hours "Monday to Friday, 08:00 to 18:00."',
            `        description "${sentence(40, index)}"`,
            '        exclusions {',
            `            "${sentence(9, index + 2)}"`,
            '        }',
            `        metric Handled${index} "Requests handled, service ${index}" {`,
            '            counts "requests handled"',
            '            target >= 300 per month',
            '            measured by "Service desk report" every day',
            '            controlled by Provider',
            ...(index % 2 === 0 ? ['            pace daily'] : []),
            '        }',
            '    }',
            `    severity Severity${index} "Severity ${index}" {`,
            '        response within 1 hours',
            '        resolution within 8 hours',
            '        escalate after 2 hours to "Duty manager"',
            '    }',
            `    section "Scope of service ${index}" "${sentence(50, index + 4)}"`,
            '    glossary {',
            `        term [Concept ${index}] = "${sentence(20, index + 1)}"`,
            '    }'
        );
        if (index % 2 === 0) {
            measurements.push(`    measurements for Handled${index} {`, '        2026-03-02 11', '        2026-03-09 12', '    }');
        }
    }
    return agreement('Mixed', [...body, ...measurements]);
}
