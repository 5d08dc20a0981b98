import type { AstNode, CstNode, LangiumDocument } from 'langium';
import { GrammarUtils } from 'langium';
import type { Range, TextEdit } from 'vscode-languageserver-types';
import { indentFollowingLines } from './clause-templates.js';

/**
 * Where a new clause goes and how it is written there. The order follows the common building
 * blocks of the seeds: header (version, kind, model, summary, period), parties, goals,
 * glossary, services, deliverables, severities, remedies, indemnification, exclusions,
 * reviews and meetings, termination, references, sections, measurements. Inside a block,
 * clauses keep the order in which they are usually written. An edit indents the clause like
 * its siblings (four spaces deeper than the block when it has none) and, between agreement
 * clauses of different groups, keeps the blank line that separates them.
 */
const ORDER: Record<string, Record<string, number>> = {
    Agreement: {
        Version: 0, Kind: 0.1, Model: 0.2, Summary: 0.3, Period: 0.4,
        Party: 1, Goal: 2, GlossaryBlock: 3, Term: 3, Service: 4, Deliverable: 5, Severity: 6, Remedies: 7,
        Indemnification: 8, Exclusions: 9, Review: 10, Meeting: 10.1, Termination: 11, References: 12, Section: 13,
        Measurements: 14
    },
    Service: { Term: -1, Provision: 0, Hours: 1, Description: 2, Dependency: 3, Exclusions: 4, Responsibilities: 5, Metric: 6 },
    Metric: { Term: -1, Counts: 0, Times: 0, Target: 1, Computation: 1.5, Measurement: 2, Control: 3, Segment: 4, Pace: 5 },
    Severity: { Response: 0, Resolution: 1, EscalationStep: 2 },
    Remedies: { CreditTier: 0, CreditCap: 1, Penalty: 2, Reward: 3, EarnBack: 4 },
    Termination: { Notice: 0, Condition: 1, Expiry: 2 },
    GlossaryBlock: { Term: 0 },
    SharedGlossary: { Term: 0 },
    Exclusions: { Prose: 0 }
};

/** The property holding a block's clauses. */
const CHILDREN: Record<string, string> = {
    Agreement: 'clauses', Service: 'clauses', Metric: 'clauses', Severity: 'clauses', Remedies: 'clauses',
    Termination: 'clauses', GlossaryBlock: 'terms', SharedGlossary: 'terms', Exclusions: 'items'
};

const INDENT = '    ';

/** The rank of a clause type in a block: clauses of lower rank come first. */
function clauseRank(blockType: string, clauseType: string): number {
    return ORDER[blockType]?.[clauseType] ?? Number.MAX_SAFE_INTEGER;
}

/**
 * Inserts `text` (a clause, possibly several lines) into `block` at the conventional place
 * for a clause of type `clauseType`.
 */
export function insertClause(document: LangiumDocument, block: AstNode, clauseType: string, text: string): TextEdit | undefined {
    const cst = block.$cstNode;
    const open = cst ? GrammarUtils.findNodeForKeyword(cst, '{') : undefined;
    const close = cst ? GrammarUtils.findNodeForKeyword(cst, '}') : undefined;
    if (!cst || !open) {
        return undefined;
    }
    const source = document.textDocument.getText();
    const children = ((block as unknown as Record<string, unknown>)[CHILDREN[block.$type] ?? 'clauses'] as AstNode[] | undefined ?? [])
        .filter(child => child.$cstNode !== undefined);
    const rank = clauseRank(block.$type, clauseType);
    const outer = lineIndent(source, cst.offset);
    const indent = children.length > 0 ? lineIndent(source, children[0].$cstNode!.offset) : outer + INDENT;
    const clause = indentFollowingLines(text, indent);
    const grouped = block.$type === 'Agreement';
    const group = (type: string) => Math.floor(clauseRank(block.$type, type));

    const before = [...children].reverse().find(child => clauseRank(block.$type, child.$type) <= rank);
    if (before) {
        const at = endOfClauseLine(source, before.$cstNode!);
        const blank = grouped && group(before.$type) !== group(clauseType) ? '\n' : '';
        return insertAt(document, at, `\n${blank}${indent}${clause}`);
    }
    if (children.length === 0 && close && sameLine(source, open.end, close.offset)) {
        // `{ }` on one line: open it up.
        return {
            range: rangeOf(document, open.end, close.offset),
            newText: `\n${indent}${clause}\n${outer}`
        };
    }
    const first = children[0];
    const blank = grouped && first && group(first.$type) !== group(clauseType) ? '\n' : '';
    return insertAt(document, endOfClauseLine(source, open), `\n${indent}${clause}${blank}`);
}

/** A clause to insert into a block, by the type that decides its place. */
export interface NewClause {
    type: string;
    text: string;
}

/**
 * Inserts several clauses into one block. Clauses that land in the same place are written
 * together, in order, so the edits never overlap.
 */
export function insertClauses(document: LangiumDocument, block: AstNode, clauses: NewClause[]): TextEdit[] {
    const groups = new Map<string, NewClause[]>();
    for (const clause of clauses) {
        const edit = insertClause(document, block, clause.type, clause.text);
        if (edit) {
            const key = JSON.stringify(edit.range);
            groups.set(key, [...groups.get(key) ?? [], clause]);
        }
    }
    return [...groups.values()].flatMap(group => {
        const edit = insertClause(document, block, group[0].type, group.map(clause => clause.text).join('\n'));
        return edit ? [edit] : [];
    });
}

/** Inserts text at an offset. */
export function insertAt(document: LangiumDocument, offset: number, newText: string): TextEdit {
    const position = document.textDocument.positionAt(offset);
    return { range: { start: position, end: position }, newText };
}

export function rangeOf(document: LangiumDocument, start: number, end: number): Range {
    return { start: document.textDocument.positionAt(start), end: document.textDocument.positionAt(end) };
}

/**
 * Deletes a node together with its line(s) when nothing else is written on them (a trailing
 * comment goes with it), and one of the two blank lines that would otherwise meet.
 */
export function deleteLines(document: LangiumDocument, node: CstNode): TextEdit {
    const source = document.textDocument.getText();
    const lineStart = source.lastIndexOf('\n', node.offset - 1) + 1;
    const newline = source.indexOf('\n', node.end);
    const lineEnd = newline < 0 ? source.length : newline;
    const ownsLines = source.slice(lineStart, node.offset).trim() === ''
        && /^\s*(\/\/.*)?$/.test(source.slice(node.end, lineEnd));
    if (!ownsLines) {
        const end = source[node.end] === ' ' ? node.end + 1 : node.end;
        return { range: rangeOf(document, node.offset, end), newText: '' };
    }
    let end = newline < 0 ? source.length : newline + 1;
    const blankBefore = lineStart > 0 && source.slice(source.lastIndexOf('\n', lineStart - 2) + 1, lineStart).trim() === '';
    const nextNewline = source.indexOf('\n', end);
    const blankAfter = nextNewline >= 0 && source.slice(end, nextNewline).trim() === '';
    if (blankBefore && blankAfter) {
        end = nextNewline + 1;
    }
    return { range: rangeOf(document, lineStart, end), newText: '' };
}

/** The leading white space of the line an offset is on. */
function lineIndent(source: string, offset: number): string {
    const lineStart = source.lastIndexOf('\n', offset - 1) + 1;
    return /^[ \t]*/.exec(source.slice(lineStart))![0];
}

/**
 * Where to insert after a node: the end of its line when only white space or a comment
 * follows it there, so a trailing comment stays with its clause; else right after it.
 */
function endOfClauseLine(source: string, node: CstNode): number {
    const newline = source.indexOf('\n', node.end);
    const lineEnd = newline < 0 ? source.length : newline;
    const rest = source.slice(node.end, lineEnd).replace(/\r$/, '');
    if (/^\s*(\/\/.*|\/\*.*\*\/\s*)?$/.test(rest)) {
        return source[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd;
    }
    return node.end;
}

function sameLine(source: string, from: number, to: number): boolean {
    return !source.slice(from, to).includes('\n');
}
