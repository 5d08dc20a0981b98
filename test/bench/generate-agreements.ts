/**
 * Generated agreements for the benchmark: realistic `.sla` text of a given size, built from
 * the constructs a large company writes (parties, glossary, services with metrics and
 * segments, severities, remedies, measurements), with prose that mentions glossary terms.
 * Deterministic, so every run measures the same text.
 */

/** Terms every generated agreement defines locally; prose mentions them. */
const LOCAL_TERMS = [
    '    glossary {',
    '        term [Qualified Lead] aka [Qualified Leads] = "A lead with an activity score of at least 40, ready to be contacted by Sales."',
    '        term [Decision Maker] aka [Decision Makers] = "A contact who can sign a purchase, such as a director or an owner."',
    '        term [Business Hours] = "Monday to Friday, 08:00 to 18:00 local time, except public holidays."',
    '    }'
];

function header(name: string, importPath: string | undefined, sharedMentions: string[], defect: boolean): string[] {
    return [
        ...(importPath ? [`import "${importPath}"`, ''] : []),
        `// ${name}: generated for the benchmark.`,
        `agreement ${name} "${name} service level agreement" {`,
        '    version "2026.1"',
        '    kind internal',
        '    model service-based',
        '    summary "Marketing generates [Qualified Leads] so that Sales can reach its revenue goal. Sales follows up every lead within two days."',
        '    period 2026-01-01 to 2026-12-31',
        '    party Provider "Marketing team" provider {',
        '        representative "Dana Lee" as "Service Level Manager"',
        '    }',
        '    party Customer "Sales team" customer',
        '    party Vendor "CRM vendor" third-party involved',
        '    goal LeadGoal "Deliver 400 qualified leads a month" owned by Provider',
        '        "When Marketing reaches its goal, Sales has enough [Qualified Leads] to reach its own."',
        ...(sharedMentions.length > 0 ? [`    section "Company terms" "This agreement uses ${sharedMentions.join(', ')} as the company defines them."`] : []),
        // A misspelt mention: an editor usually shows a diagnostic, and code actions have one to fix.
        ...(defect ? ['    goal FollowUp "Follow up every lead" owned by Customer "Sales calls every [Qualified Lede] back within a day."'] : []),
        ''
    ];
}

function footer(): string[] {
    return [
        '    remedies {',
        '        credit 5 % when below 99 % for Metric0a',
        '        cap 20 % per month',
        '        earn-back after 3 months at or above target',
        '    }',
        '    exclusions {',
        '        "Leads bought from list vendors."',
        '    }',
        '    review every quarter with Provider, Customer',
        '    termination {',
        '        notice 30 days by either party',
        '        condition "Either team may end this agreement when the company reorganises."',
        '    }',
        '    measurements for Metric0a {',
        '        2026-03-01 14',
        '        2026-03-02 15',
        '        2026-03-03 12 Segment0',
        '    }',
        '}'
    ];
}

/** One service with two metrics: 28 lines. `mention` is a term its prose mentions. */
function service(index: number, mention: string): string[] {
    return [
        `    service Service${index} "Lead generation, region ${index}" {`,
        '        provided by Provider to Customer',
        '        hours "Leads are delivered every day; scoring runs nightly."',
        `        description "Campaigns, scoring and hand-over of ${mention} for region ${index} during [Business Hours]."`,
        '        depends on Vendor',
        '        exclusions {',
        `            "Events organised by Sales in region ${index}."`,
        '        }',
        `        metric Metric${index}a "Qualified leads delivered, region ${index}" {`,
        '            counts [Qualified Lead]',
        '            target >= 400 per month',
        '            measured by "CRM lifecycle stage report" operated by Vendor every day',
        '            controlled by Provider',
        `            segment Segment${index} "Leads from a [Decision Maker]" target >= 100 per month`,
        '            pace daily',
        '        }',
        `        metric Metric${index}b "First response, region ${index}" {`,
        '            times "First response to a new lead"',
        '            target <= 4 hours per case',
        '            measured by "CRM activity log" using "Median per week" every week',
        '            controlled by Provider',
        '        }',
        '        // Escalation of the region\'s leads follows the shared severity levels.',
        '        responsibilities of Customer {',
        `            "Follow up every ${mention} within one business day."`,
        '        }',
        '    }',
        ''
    ];
}

/** One severity level with escalation steps: 7 lines. */
function severity(index: number): string[] {
    return [
        `    severity Severity${index} "Priority ${index}" {`,
        '        response within 1 hour',
        '        resolution within 8 hours',
        '        escalate after 2 hours to "Service Level Manager"',
        '        escalate after 4 hours to "Head of Sales"',
        '    }',
        ''
    ];
}

/**
 * An agreement of about `lines` lines (never fewer). Services, severities and free
 * sections repeat with fresh names, so the text stays valid however large it grows.
 * `sharedMentions` are terms of an imported glossary that the prose mentions; `defect` adds
 * one misspelt term mention (an `undefined-term` diagnostic).
 */
export function generateAgreement(lines: number, options: { name?: string; importPath?: string; sharedMentions?: string[]; defect?: boolean } = {}): string {
    const name = options.name ?? 'Generated';
    const shared = options.sharedMentions ?? [];
    const mentions = ['[Qualified Leads]', ...shared];
    const out = [...header(name, options.importPath, shared, options.defect ?? false), ...LOCAL_TERMS, ''];
    const tail = footer();
    let index = 0;
    while (out.length + tail.length < lines) {
        out.push(...service(index, mentions[index % mentions.length]));
        if (index % 4 === 0) {
            out.push(...severity(index));
        }
        if (index % 6 === 0) {
            out.push(`    section "Scope, region ${index}" "This agreement covers ${mentions[(index + 1) % mentions.length]} of region ${index}.`,
                '',
                '    Requests from other regions go through the central team during [Business Hours]."', '');
        }
        index++;
    }
    return [...out, ...tail].join('\n') + '\n';
}

/** A shared glossary of `count` terms, imported by every agreement of the workspace. */
export function generateSharedGlossary(count: number): { text: string; mentions: string[] } {
    const lines = ['// Terms shared by every agreement of the company.', 'glossary Company "Company terms" {'];
    const mentions: string[] = [];
    for (let index = 0; index < count; index++) {
        lines.push(`    term [Company Term ${index}] aka [Company Terms ${index}] = "Shared definition number ${index}, agreed by every department."`);
        mentions.push(`[Company Term ${index}]`);
    }
    lines.push('}');
    return { text: lines.join('\n') + '\n', mentions };
}

/**
 * A workspace of `count` agreements of about `linesEach` lines that all import one shared
 * glossary: file name (relative to the workspace folder) → text. One agreement in ten has
 * a misspelt term, as real workspaces do: Langium relinks such documents on every change.
 */
export function generateWorkspace(count: number, linesEach: number, glossaryTerms = 200): Map<string, string> {
    const files = new Map<string, string>();
    const glossary = generateSharedGlossary(glossaryTerms);
    files.set('glossary.sla', glossary.text);
    for (let index = 0; index < count; index++) {
        const mentions = [0, 1, 2].map(offset => glossary.mentions[(index * 3 + offset) % glossary.mentions.length]);
        const folder = `team-${String(Math.floor(index / 50)).padStart(2, '0')}`;
        files.set(`${folder}/agreement-${String(index).padStart(3, '0')}.sla`,
            generateAgreement(linesEach, { name: `Agreement${index}`, importPath: '../glossary.sla', sharedMentions: mentions, defect: index % 10 === 5 }));
    }
    return files;
}
