import type { LangiumDocument } from 'langium';
import type { Diagnostic, Range } from 'vscode-languageserver-types';
import { expect } from 'vitest';
import type { IssueCode } from 'sla-language';
import type { TestServices } from '../../helpers/sla-test-services.js';
import { checkDocument } from '../../helpers/sla-test-services.js';

/**
 * A small agreement with no findings at all. Tests change one thing in it and expect exactly
 * one finding; its lines are numbered here (zero-based, as ranges count them).
 */
export const BASE = [
    'agreement Base "Base SLA" {',                                         // 0
    '    period 2026-01-01 to 2026-12-31',                                  // 1
    '    party Provider "Provider Ltd." provider',                          // 2
    '    party Customer "Customer Inc." customer',                          // 3
    '    service Desk "Service desk" {',                                    // 4
    '        provided by Provider to Customer',                             // 5
    '        metric Resolved "Cases resolved at first contact" {',          // 6
    '            counts "Cases resolved at first contact"',                 // 7
    '            target >= 70 % per month',                                 // 8
    '            measured by "Ticket report" every month',                  // 9
    '            controlled by Provider',                                   // 10
    '        }',                                                            // 11
    '    }',                                                                // 12
    '    exclusions { "Hardware bought outside the catalogue." }',          // 13
    '    review every year with Provider, Customer',                        // 14
    '    termination { notice 30 days by either party }',                   // 15
    '}'                                                                     // 16
].join('\n');

/** BASE with each `[from, to]` replaced (each `from` must occur) and `extra` lines before the closing brace. */
export function base(options: { replace?: [string, string][]; extra?: string[] } = {}): string {
    let text = BASE;
    for (const [from, to] of options.replace ?? []) {
        if (!text.includes(from)) {
            throw new Error(`BASE does not contain ${from}`);
        }
        text = text.replace(from, to);
    }
    if (options.extra) {
        text = text.replace(/\n\}$/, `\n${options.extra.join('\n')}\n}`);
    }
    return text;
}

export interface Checked {
    document: LangiumDocument;
    diagnostics: Diagnostic[];
    services: TestServices;
}

export async function check(text: string, options: { files?: Record<string, string>; path?: string; services?: TestServices } = {}): Promise<Checked> {
    return checkDocument(text, options);
}

/** The diagnostics of one code. */
export function withCode(checked: Checked, code: IssueCode | string): Diagnostic[] {
    return checked.diagnostics.filter(diagnostic => diagnostic.code === code);
}

/** The codes of all diagnostics, sorted. */
export function codes(checked: Checked): string[] {
    return checked.diagnostics.map(diagnostic => String(diagnostic.code)).sort();
}

/** The source text a range covers. */
export function textAt(document: LangiumDocument, range: Range): string {
    return document.textDocument.getText(range);
}

export function range(startLine: number, startCharacter: number, endLine: number, endCharacter: number): Range {
    return { start: { line: startLine, character: startCharacter }, end: { line: endLine, character: endCharacter } };
}

/**
 * Asserts that the document has exactly one finding, of `code`, at `expected` (which covers
 * `text`), with `message`; returns it for further assertions.
 */
export function expectOnly(checked: Checked, code: IssueCode, expected: { range: Range; text: string; message: string }): Diagnostic {
    return expectOne(checked, code, expected, true);
}

/**
 * Asserts that the document has exactly one finding of `code` (and, when `alone`, no other
 * finding), at `expected.range`, covering `expected.text`, with `expected.message`.
 */
export function expectOne(checked: Checked, code: IssueCode, expected: { range: Range; text: string; message: string }, alone = false): Diagnostic {
    if (!alone) {
        checked = { ...checked, diagnostics: withCode(checked, code) };
    }
    expect(checked.diagnostics.map(diagnostic => `${diagnostic.code}: ${diagnostic.message}`)).toEqual([`${code}: ${expected.message}`]);
    const [diagnostic] = checked.diagnostics;
    expect(diagnostic.range).toEqual(expected.range);
    expect(textAt(checked.document, diagnostic.range)).toBe(expected.text);
    return diagnostic;
}

/** Asserts that the document has no findings at all, showing them if it has. */
export function expectClean(checked: Checked): void {
    expect(checked.diagnostics.map(diagnostic => `${diagnostic.range.start.line}:${diagnostic.range.start.character} ${diagnostic.code}: ${diagnostic.message}`)).toEqual([]);
}
