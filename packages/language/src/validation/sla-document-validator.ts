import type { AstReflection, LangiumDocument, LangiumDocuments, LinkingErrorData, ParseResult, ValidationOptions } from 'langium';
import { CstUtils, DefaultDocumentValidator, GrammarUtils, UriUtils, DocumentValidator, Cancellation } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import type { Import, SlaFile } from '../generated/ast.js';
import { isSharedGlossary, isSlaFile, Term } from '../generated/ast.js';
import { collectTerms } from '../model/build-model.js';
import { nearMisses } from '../lsp/near-misses.js';
import { documentTooLargeDiagnostic, isDocumentTooLarge } from '../workspace/document-too-large.js';
import { proseText } from '../model/prose.js';
import type { SlaModelProvider } from '../model/sla-model-provider.js';
import type { SlaServices } from '../sla-module.js';
import type { SlaSettings } from '../sla-settings.js';
import type { IssueCode, SeveritySetting } from './issue-codes.js';
import { IssueCodes, IssueDefaults, isIssueCode } from './issue-codes.js';

const SEVERITY: Record<Exclude<SeveritySetting, 'off'>, DiagnosticSeverity> = {
    error: DiagnosticSeverity.Error,
    warning: DiagnosticSeverity.Warning,
    info: DiagnosticSeverity.Information,
    hint: DiagnosticSeverity.Hint
};

/** `// sla-ignore vague-wording` or `// sla-ignore vague-wording, unused-term` */
const IGNORE_COMMENT = /sla-ignore\s+([a-z-]+(?:\s*,\s*[a-z-]+)*)/;

/**
 * Gives every diagnostic a stable code, then applies what the user configured: a severity
 * per code from the settings, and `// sla-ignore <code>` comments that suppress one
 * occurrence on the comment's own line or the line below it.
 */
export class SlaDocumentValidator extends DefaultDocumentValidator {
    private readonly settings: SlaSettings;
    private readonly modelProvider: SlaModelProvider;
    private readonly reflection: AstReflection;
    private readonly documents: LangiumDocuments;

    constructor(services: SlaServices) {
        super(services);
        this.settings = services.sla.Settings;
        this.modelProvider = services.sla.ModelProvider;
        this.reflection = services.shared.AstReflection;
        this.documents = services.shared.workspace.LangiumDocuments;
    }

    override async validateDocument(document: LangiumDocument, options: ValidationOptions = {}, cancelToken = Cancellation.CancellationToken.None): Promise<Diagnostic[]> {
        // A text too large to parse was parsed as empty: it gets one diagnostic and no checks.
        const diagnostics = isDocumentTooLarge(document.textDocument.getText())
            ? [documentTooLargeDiagnostic(document.textDocument, this.getSource())]
            : this.withImportErrors(document, wholeCharacters(document, await super.validateDocument(document, options, cancelToken)));
        const ignored = ignoredCodesByLine(document);
        const result: Diagnostic[] = [];
        for (const diagnostic of diagnostics) {
            const code = isIssueCode(diagnostic.code) ? diagnostic.code : undefined;
            if (!code) {
                result.push(diagnostic);
                continue;
            }
            const line = diagnostic.range.start.line;
            if (ignored.get(line)?.has(code) || ignored.get(line - 1)?.has(code)) {
                continue;
            }
            const setting = this.settings.values.severities[code];
            if (setting === 'off') {
                continue;
            }
            if (setting && Object.hasOwn(SEVERITY, setting)) {
                diagnostic.severity = SEVERITY[setting];
            }
            if (this.settings.diagnosticsPage) {
                diagnostic.codeDescription = { href: `${this.settings.diagnosticsPage}#${code}` };
            }
            result.push(diagnostic);
        }
        return result;
    }

    /**
     * `unresolved-reference` at the path of an import whose file is not in the workspace, or
     * holds no shared glossary. Any term of the document might have come from it, so its
     * `undefined-term`s are left out and counted in the import's message instead: one finding
     * where the cause is, not one at every mention.
     */
    private withImportErrors(document: LangiumDocument, diagnostics: Diagnostic[]): Diagnostic[] {
        const broken = brokenImports(document, this.documents);
        if (broken.length === 0) {
            return diagnostics;
        }
        const kept = diagnostics.filter(diagnostic => diagnostic.code !== IssueCodes.UndefinedTerm);
        const undefinedTerms = diagnostics.length - kept.length;
        const hidden = undefinedTerms === 0 ? ''
            : ` ${undefinedTerms === 1 ? '1 term used here is' : `${undefinedTerms} terms used here are`} undefined until it is fixed.`;
        for (const { node, path, reason } of broken) {
            const cstNode = node.$cstNode ? GrammarUtils.findNodeForProperty(node.$cstNode, 'path') : undefined;
            if (!cstNode) {
                continue;
            }
            const message = reason === 'missing'
                ? `The imported file '${path}' is not found. Fix the path, relative to this file, or create the glossary.`
                : reason === 'too-large'
                    ? `The imported file '${path}' is too large to read (more than 4 MiB), so it defines nothing here. Split it, or import a smaller glossary.`
                    : `The imported file '${path}' holds no shared glossary. Import a file written as \`glossary <Name> { term … }\`.`;
            kept.push({
                range: cstNode.range,
                message: message + hidden,
                severity: SEVERITY[IssueDefaults[IssueCodes.UnresolvedReference].severity],
                code: IssueCodes.UnresolvedReference,
                source: 'sla',
                data: { code: IssueCodes.UnresolvedReference, importPath: path, reason }
            });
        }
        return kept;
    }

    protected override processLexingErrors(parseResult: ParseResult, diagnostics: Diagnostic[], options: ValidationOptions): void {
        const start = diagnostics.length;
        super.processLexingErrors(parseResult, diagnostics, options);
        setCode(diagnostics.slice(start), IssueCodes.SyntaxError);
    }

    protected override processParsingErrors(parseResult: ParseResult, diagnostics: Diagnostic[], options: ValidationOptions): void {
        const start = diagnostics.length;
        super.processParsingErrors(parseResult, diagnostics, options);
        setCode(diagnostics.slice(start), IssueCodes.SyntaxError);
    }

    /** An unresolved term is `undefined-term`; any other unresolved name is `unresolved-reference`. */
    protected override processLinkingErrors(document: LangiumDocument, diagnostics: Diagnostic[], options: ValidationOptions): void {
        const start = diagnostics.length;
        super.processLinkingErrors(document, diagnostics, options);
        // Collected once: per diagnostic, a pasted text with thousands of unknown terms took a minute.
        let termNames: string[] | undefined;
        for (const diagnostic of diagnostics.slice(start)) {
            const data = diagnostic.data as Partial<LinkingErrorData> | undefined;
            const refText = data?.refText ?? '';
            if (this.refersToTerm(data)) {
                const suggestions = nearMisses(refText, termNames ??= this.termNamesInScope(document));
                const didYouMean = suggestions.length > 0 ? ` Did you mean ${suggestions.map(name => `[${name}]`).join(' or ')}?` : '';
                diagnostic.code = IssueCodes.UndefinedTerm;
                diagnostic.message = `The term '${refText}' is not defined.${didYouMean} Define it in a glossary (term [${refText}] = "…"), import a shared glossary that defines it, or fix the spelling.`;
                diagnostic.data = { ...data, name: refText, suggestions };
            } else {
                diagnostic.code = IssueCodes.UnresolvedReference;
                diagnostic.message = `'${refText}' is not defined here. Declare it, or use the name of an existing one.`;
            }
            diagnostic.data = { ...(diagnostic.data as object), code: diagnostic.code, linkingError: DocumentValidator.LinkingError };
            diagnostic.severity = SEVERITY[IssueDefaults[diagnostic.code as IssueCode].severity];
        }
    }

    /**
     * Whether a linking error's reference is declared to point to a term (`Mention.term`,
     * `Counts.term`, `Times.term`), read from the grammar's reflection: Langium's message is
     * English prose that a version may reword.
     */
    private refersToTerm(data: Partial<LinkingErrorData> | undefined): boolean {
        if (!data?.containerType || !data.property) {
            return false;
        }
        const referenceType = this.reflection.getTypeMetaData(data.containerType).properties[data.property]?.referenceType;
        return referenceType !== undefined && this.reflection.isSubtype(referenceType, Term.$type);
    }

    /** Every term name and alias a mention in this document can resolve to. */
    private termNamesInScope(document: LangiumDocument): string[] {
        const root = document.parseResult.value;
        const local = isSlaFile(root) ? localTerms(root) : [];
        const imported = this.modelProvider.importedTerms(document);
        return [...local, ...imported].flatMap(term => [term.name, ...term.aliases]).filter(name => !!name);
    }
}

interface BrokenImport {
    node: Import;
    path: string;
    reason: 'missing' | 'too-large' | 'not-a-glossary';
}

/** The imports of a document whose file is not loaded, is too large to read, or holds no shared glossary; empty paths are skipped. */
export function brokenImports(document: LangiumDocument, documents: LangiumDocuments): BrokenImport[] {
    const root = document.parseResult.value;
    if (!isSlaFile(root) || root.imports.length === 0) {
        return [];
    }
    const folder = UriUtils.dirname(document.uri);
    const result: BrokenImport[] = [];
    for (const node of root.imports) {
        const path = proseText(node.path).trim();
        if (path.length === 0) {
            continue;
        }
        const uri = UriUtils.resolvePath(folder, path);
        if (!documents.hasDocument(uri)) {
            result.push({ node, path, reason: 'missing' });
            continue;
        }
        const importedDocument = documents.getDocument(uri)!;
        if (isDocumentTooLarge(importedDocument.textDocument.getText())) {
            result.push({ node, path, reason: 'too-large' });
            continue;
        }
        const imported = importedDocument.parseResult.value;
        if (!isSlaFile(imported) || !isSharedGlossary(imported.glossary)) {
            result.push({ node, path, reason: 'not-a-glossary' });
        }
    }
    return result;
}

function localTerms(file: SlaFile): Term[] {
    return file.agreement ? collectTerms(file.agreement) : file.glossary?.terms ?? [];
}

/**
 * The lexer reads UTF-16 units: a character outside the Basic Multilingual Plane (an emoji)
 * comes back as two errors, each quoting half of it. A client may reject such a message as
 * invalid JSON (Neovim does, and keeps stale diagnostics), so the first error quotes and spans
 * the whole character, the second goes, and no message keeps a lone surrogate.
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const LONE_SURROGATES = new RegExp(LONE_SURROGATE.source, 'g');

function wholeCharacters(document: LangiumDocument, diagnostics: Diagnostic[]): Diagnostic[] {
    const text = document.textDocument.getText();
    const result: Diagnostic[] = [];
    let lowHalfAt = -1;
    for (const diagnostic of diagnostics) {
        const message = diagnostic.message;
        if (typeof message !== 'string' || !LONE_SURROGATE.test(message)) {
            result.push(diagnostic);
            continue;
        }
        const offset = document.textDocument.offsetAt(diagnostic.range.start);
        if (offset === lowHalfAt) {
            continue;
        }
        const codePoint = text.codePointAt(offset);
        if (codePoint !== undefined && codePoint > 0xffff) {
            const character = String.fromCodePoint(codePoint);
            diagnostic.message = message.replace(/->[\s\S]*?<-/, `->${character}<-`).replace(LONE_SURROGATES, '\uFFFD');
            diagnostic.range = { start: diagnostic.range.start, end: document.textDocument.positionAt(offset + character.length) };
            lowHalfAt = offset + 1;
        } else {
            diagnostic.message = message.replace(LONE_SURROGATES, '\uFFFD');
        }
        result.push(diagnostic);
    }
    return result;
}

function setCode(diagnostics: Diagnostic[], code: IssueCode): void {
    for (const diagnostic of diagnostics) {
        diagnostic.code = code;
    }
}

/** For each line, the codes its `sla-ignore` comments name. */
function ignoredCodesByLine(document: LangiumDocument): Map<number, Set<string>> {
    const result = new Map<number, Set<string>>();
    const root = document.parseResult.value.$cstNode;
    // Most documents have no suppression comment: skip the walk over every token.
    if (!root || !document.textDocument.getText().includes('sla-ignore')) {
        return result;
    }
    for (const node of CstUtils.streamCst(root)) {
        if (!node.hidden || !node.text.startsWith('/')) {
            continue;
        }
        const match = IGNORE_COMMENT.exec(node.text);
        if (match) {
            const codes = match[1].split(',').map(code => code.trim());
            const line = node.range.end.line;
            result.set(line, new Set([...(result.get(line) ?? []), ...codes]));
        }
    }
    return result;
}
