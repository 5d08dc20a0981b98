/**
 * Strings an attacker could put in an agreement, each of which would set `window.__pwned`
 * (or open a dialog) if it became markup, a handler or a followed link.
 */
export const HOSTILE_STRINGS: string[] = [
    '<script>window.__pwned = 1</script>',
    '"><img src=x onerror="window.__pwned = 2">',
    '\'><img src=x onerror=\'window.__pwned = 3\'>',
    '[click me](javascript:window.__pwned=4)',
    '[entity](&#106;avascript:window.__pwned=5)',
    '[angle](<javascript:window.__pwned=6>)',
    '<javascript:window.__pwned=7>',
    '[ref]\n\n[ref]: javascript:window.__pwned=8',
    '![img](x" onerror="window.__pwned=9)',
    '![svg](data:image/svg+xml,<svg onload="window.__pwned=10">)',
    '</title><script>window.__pwned = 11</script>',
    '</textarea></style></desc></title><svg onload="window.__pwned = 12">',
    '<svg><script>window.__pwned = 13</script></svg>',
    '<svg><a xlink:href="javascript:window.__pwned=14"><text>x</text></a></svg>',
    '<math><mi xlink:href="javascript:window.__pwned=15">x</mi></math>',
    '" onmouseover="window.__pwned = 16" autofocus onfocus="window.__pwned = 16" x="',
    '\' onmouseover=\'window.__pwned = 17\' x=\'',
    '<a href="javascript:window.__pwned=18">link</a>',
    '<iframe srcdoc="<script>parent.__pwned = 19</script>"></iframe>',
    '<details open ontoggle="window.__pwned = 20">',
    '<style>@import "https://example.com/x.css";</style>',
    '<base href="javascript:window.__pwned=22//">',
    '<!-- <script>window.__pwned = 23</script> -->',
    '<![CDATA[<script>window.__pwned = 24</script>]]>',
    '{{constructor.constructor("window.__pwned = 25")()}} ${window.__pwned = 25}',
    '\u202Etxt.exe\u202C \u2066isolated\u2069 \u200Fمرحبا',
    '`<script>window.__pwned = 27</script>`',
    '    <script>window.__pwned = 28</script>',
    '<https://example.com/"onmouseover="window.__pwned=29">',
    'https://example.com/"onmouseover="window.__pwned=30"',
    // A reference location that would break out of its link in the Markdown export.
    'https://x.example/)[y](javascript:window.__pwned=31)',
    'https://x.example/)![y](http://remote.example/32.png)',
    // Link definitions in every container Markdown has, and the references that use them.
    '- [l]: javascript:window.__pwned=33\n\n[l] and [text][l]',
    '> [q]: javascript:window.__pwned=34\n>\n> [q]',
    '| a |\n| --- |\n| [t]: javascript:window.__pwned=35 |\n\n[t]',
    '# [h]: javascript:window.__pwned=36\n\n[h]',
    '1. item\n\n   [o]: javascript:window.__pwned=37\n\n[o]',
    '[vb](vbscript:msgbox(38))',
    '[data](data:text/html;base64,PHNjcmlwdD53aW5kb3cuX19wd25lZD0zOTwvc2NyaXB0Pg==)',
    '<img src=http://remote.example/40.png>',
    // A backslash the user wrote before `]` must not cancel the export's escape.
    '[a\\](javascript:window.__pwned=41)',
    '[def\\]: javascript:window.__pwned=42\n\n[def\\]',
    '<javascript:window.__pwned=43> [auto](<javascript:window.__pwned=43>)',
    '[ent](&#106;avascript&#58;window.__pwned=44) [hex](&#x6A;avascript:window.__pwned=44)'
];

/** A payload as the contents of an `.sla` string: quotes, backslashes and brackets escaped. */
export function slaString(text: string): string {
    return text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\[/g, '\\[');
}

/** A payload as a term name: brackets, quotes and line breaks cannot be part of one. */
export function termName(text: string): string {
    return text.replace(/[[\]"\r\n]/g, ' ').replace(/\s+/g, ' ').trim() || 'x';
}

/** A payload as a CSV cell. */
function csvCell(text: string): string {
    return `"${text.replace(/"/g, '""')}"`;
}

/**
 * An agreement with the payload in every text field: titles, names where a string is
 * allowed, prose, term names and definitions, representatives, references, sections, and
 * the segment names of its CSV measurements.
 */
export function hostileAgreement(payload: string, csvPath: string): { text: string; csv: string } {
    const s = `"${slaString(payload)}"`;
    const term = `[${termName(payload)}]`;
    const text = `agreement Hostile ${s} {
    version ${s}
    kind external
    summary ${s}
    period 2026-01-01 to 2026-12-31
    party Provider ${s} provider {
        representative ${s} as ${s}
    }
    party Customer ${s} customer
    party Vendor ${s} third-party involved
    goal Goal ${s} owned by Provider ${s}
    glossary {
        term ${term} aka [${termName(payload)} alias] = ${s}
    }
    service Shop ${s} {
        provided by Provider to Customer
        hours ${s}
        description "Mentions ${term} and ${slaString(payload)}"
        exclusions { ${s} }
        responsibilities of Customer { ${s} }
        metric Orders ${s} {
            counts ${term}
            target >= 300 per month
            measured by ${s} operated by Vendor using ${s} every day
            controlled by Provider
            segment Express ${s} target >= 50 per month
            pace daily
        }
        metric Speed ${s} {
            times ${s}
            target <= 4 hours per incident
            measured by ${s} every day
            controlled by Provider
        }
    }
    deliverable Report ${s} from Provider to Customer every month ${s}
    severity Critical ${s} {
        response within 15 minutes
        resolution within 4 hours
        escalate after 30 minutes to ${s}
    }
    remedies {
        credit 5 % when below 99 % for Orders
        penalty ${s}
        reward ${s}
    }
    indemnification ${s}
    exclusions { ${s} }
    review every year with Provider, Customer
    meeting ${s} every month with Provider
    termination {
        notice 30 days by either party
        condition ${s}
        expiry ${s}
    }
    references {
        document ${s} at ${s}
    }
    section ${s} ${s}
    measurements for Orders from "${csvPath}"
}
`;
    const csv = [
        'date,value,segment',
        '2026-03-01,10,',
        `2026-03-01,4,${csvCell(payload)}`,
        '2026-03-02,12,Express',
        `2026-03-03,9,${csvCell(payload)}`
    ].join('\n') + '\n';
    return { text, csv };
}
