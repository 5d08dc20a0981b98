import type { AstNode, DiagnosticInfo, LangiumDocument, ValidationAcceptor } from 'langium';
import { AstUtils, GrammarUtils } from 'langium';
import type { Agreement, Service } from '../generated/ast.js';
import { isAgreement, isProvision } from '../generated/ast.js';
import type { AgreementModel } from 'sla-model';
import type { SlaServices } from '../sla-module.js';
import type { IssueCode } from './issue-codes.js';
import { IssueDefaults } from './issue-codes.js';

/** What a check says about where a finding is; the code and severity are added by `report`. */
export type Where = Omit<DiagnosticInfo<AstNode, string>, 'code' | 'data'>;

/**
 * Reports a finding with its stable code at its default severity (the document validator
 * applies the user's severity settings and `sla-ignore` comments afterwards). `data` always
 * carries the code, so a code action can switch on it, plus what the quick-fix needs.
 */
export function report(
    accept: ValidationAcceptor,
    code: IssueCode,
    message: string,
    where: Where,
    data: Record<string, unknown> = {}
): void {
    accept(IssueDefaults[code].severity, message, { ...where, code, data: { code, ...data } } as DiagnosticInfo<AstNode>);
}

/**
 * Where a declaration's name is, or, when a syntax error left it without one, its leading
 * keyword: never the whole declaration, which for an agreement would be the whole file.
 */
export function atName(node: AstNode & { name?: string }, keyword: string): Where {
    if (node.name && node.$cstNode && GrammarUtils.findNodeForProperty(node.$cstNode, 'name')) {
        return { node, property: 'name' };
    }
    return atKeyword(node, keyword);
}

/** Where a keyword of a node is; the node's first line when the keyword is not there. */
export function atKeyword(node: AstNode, keyword: string): Where {
    if (node.$cstNode && GrammarUtils.findNodeForKeyword(node.$cstNode, keyword)) {
        return { node, keyword };
    }
    return { node, range: firstLineRange(node) };
}

/** Where a property of a node is, when the parser kept it; else the fallback. */
export function atProperty(node: AstNode, property: string, fallback: Where, index?: number): Where {
    if (node.$cstNode && GrammarUtils.findNodeForProperty(node.$cstNode, property, index)) {
        return index === undefined ? { node, property } : { node, property, index };
    }
    return fallback;
}

/** The first line of a node's text, up to the end of that line. */
function firstLineRange(node: AstNode) {
    const cst = node.$cstNode;
    if (!cst) {
        return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    }
    const text = cst.text;
    const newline = text.search(/[\r\n]/);
    const length = (newline < 0 ? text.length : newline);
    return { start: cst.range.start, end: { line: cst.range.start.line, character: cst.range.start.character + length } };
}

/** The agreement a node belongs to, if it belongs to one. */
export function agreementOf(node: AstNode): Agreement | undefined {
    return AstUtils.getContainerOfType(node, isAgreement);
}

/** The party that provides a service, by `provided by`; undefined while that name does not resolve: a typo is never recommended. */
export function providerOf(service: Service | undefined): string | undefined {
    return service?.clauses.find(isProvision)?.provider?.ref?.name;
}

/** Whether a service names its provider with a name that does not resolve (linking reports it). */
export function hasUnresolvedProvider(service: Service | undefined): boolean {
    const provider = service?.clauses.find(isProvision)?.provider;
    return provider !== undefined && provider.ref === undefined;
}

/**
 * The semantic model of the document a node belongs to; undefined when there is none, or
 * when the syntax errors of a half-typed agreement left the AST too incomplete to build one
 * (the syntax errors are reported; checks that need the model wait for a parsable text).
 */
export function modelOf(services: SlaServices, node: AstNode): AgreementModel | undefined {
    try {
        const document: LangiumDocument = AstUtils.getDocument(node);
        return services.sla.ModelProvider.modelOf(document);
    } catch {
        return undefined;
    }
}

/** `a`, `a and b`, `a, b and c`. */
export function joinAnd(items: string[]): string {
    if (items.length <= 1) {
        return items.join('');
    }
    return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** The one-based line a node starts on, as a reader counts lines. */
export function lineNumber(node: AstNode | undefined): number {
    return (node?.$cstNode?.range.start.line ?? 0) + 1;
}

/**
 * Whether the text of `node` holds a syntax error. A check of what a clause lacks skips such a
 * node: the parser dropped what it could not read, so "has no target" would only repeat the
 * syntax error in other words.
 */
export function containsSyntaxError(node: AstNode): boolean {
    const cst = node.$cstNode;
    if (!cst) {
        return false;
    }
    const { parseResult, textDocument } = AstUtils.getDocument(node);
    const inside = (offset: number) => offset >= cst.offset && offset <= cst.end;
    const text = textDocument.getText();
    // At the end of the text the token has no offset (NaN, or -1 for Langium's end token): the error is in a node the text ends in.
    const atEnd = () => text.slice(cst.end).trim() === '';
    return parseResult.lexerErrors.some(error => inside(error.offset))
        || parseResult.parserErrors.some(error => Number.isNaN(error.token.startOffset) || error.token.startOffset < 0 ? atEnd() : inside(error.token.startOffset));
}
