import { describe, expect, test } from 'vitest';
import { expectSymbols } from 'langium/test';
import type { DocumentSymbol } from 'vscode-languageserver';
import { SymbolKind } from 'vscode-languageserver';
import { createTestServices } from '../../helpers/sla-test-services.js';

/** The outline as indented lines: `name — detail`. */
function outline(symbols: DocumentSymbol[], depth = 0): string[] {
    return symbols.flatMap(symbol => [
        `${'  '.repeat(depth)}${symbol.name}${symbol.detail ? ` — ${symbol.detail}` : ''}`,
        ...outline(symbol.children ?? [], depth + 1)
    ]);
}

const AGREEMENT = `agreement Support "IT support" {
    kind external
    summary "Help for the shop."
    period 2026-01-01 open-ended renews every 1 year
    party Acme "Acme IT" provider {
        representative "Dana Lee" as "Service Level Manager"
    }
    party Shop "Shop Ltd" customer
    goal Fast "Answer fast" owned by Acme
    glossary {
        term [Ticket] aka [Tickets] = "A request for help."
    }
    service Desk "Service desk" {
        provided by Acme to Shop
        exclusions {
            "Hardware."
            "Printers."
        }
        metric Resolved "Tickets resolved" {
            counts [Ticket]
            segment Urgent "Urgent tickets"
        }
    }
    deliverable Report "Monthly report" from Acme to Shop every month
    severity Critical "Service down" {
        response within 1 hour
    }
    remedies {
        credit 5 % when below 95 %
    }
    indemnification "Acme pays third-party legal costs of a breach."
    exclusions {
        "Training."
    }
    review every year with Acme, Shop
    meeting "Service review" every month with Acme, Shop
    termination {
        notice 30 days by either party
    }
    references {
        document "Price list" at "prices.pdf"
    }
    section "Scope" "Applies to the shop's systems."
    measurements for Resolved {
        2026-01-05 12
    }
}`;

describe('document symbols', () => {

    test('the outline shows every concept of the agreement, nested as written', async () => {
        await expectSymbols(createTestServices().Sla)({
            text: AGREEMENT,
            assert: symbols => expect(outline(symbols)).toEqual([
                'Support — IT support',
                '  summary',
                '  period — 2026-01-01 open-ended',
                '  Acme — provider',
                '    Dana Lee — Service Level Manager',
                '  Shop — customer',
                '  Fast — Answer fast',
                '  glossary',
                '    [Ticket] — aka [Tickets]',
                '  Desk — Service desk',
                '    exclusions — 2 items',
                '    Resolved — Tickets resolved',
                '      Urgent — Urgent tickets',
                '  Report — Monthly report',
                '  Critical — Service down',
                '  remedies',
                '  indemnification',
                '  exclusions — 1 item',
                '  review — every year',
                '  Service review — every month',
                '  termination',
                '  references',
                '    Price list — prices.pdf',
                '  Scope',
                '  measurements for Resolved — 1 row'
            ])
        });
    });

    test('kinds and ranges: the whole clause, its name selected', async () => {
        await expectSymbols(createTestServices().Sla)({
            text: 'agreement A {\n    party Acme "Acme IT" provider\n    termination {\n        notice 30 days by either party\n    }\n}',
            assert: symbols => {
                const [party, termination] = symbols[0].children!;
                expect(party).toEqual({
                    name: 'Acme', detail: 'provider', kind: SymbolKind.Class,
                    range: { start: { line: 1, character: 4 }, end: { line: 1, character: 33 } },
                    selectionRange: { start: { line: 1, character: 10 }, end: { line: 1, character: 14 } }
                });
                expect(termination).toEqual({
                    name: 'termination', detail: undefined, kind: SymbolKind.Struct,
                    range: { start: { line: 2, character: 4 }, end: { line: 4, character: 5 } },
                    selectionRange: { start: { line: 2, character: 4 }, end: { line: 2, character: 15 } }
                });
            }
        });
    });

    test('a shared glossary file shows its terms', async () => {
        await expectSymbols(createTestServices().Sla)({
            text: 'glossary Common "Common terms" {\n    term [Business Day] = "Monday to Friday."\n}',
            assert: symbols => expect(outline(symbols)).toEqual(['Common — Common terms', '  [Business Day]'])
        });
    });
});
