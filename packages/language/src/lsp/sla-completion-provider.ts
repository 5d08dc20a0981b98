import type { AstNode, AstNodeDescription, LangiumDocument, ReferenceInfo } from 'langium';
import { CstUtils, GrammarAST } from 'langium';
import type { CompletionAcceptor, CompletionContext, CompletionProviderOptions, CompletionValueItem } from 'langium/lsp';
import { DefaultCompletionProvider } from 'langium/lsp';
import type { CompletionItem, CompletionList, CompletionParams } from 'vscode-languageserver';
import { CompletionItemKind, InsertTextFormat } from 'vscode-languageserver';
import { isMetric, isParty, isService, isSeverity, isTerm, Mention, Term } from '../generated/ast.js';
import { proseSegments, proseText } from '../model/prose.js';
import type { SlaServices } from '../sla-module.js';
import type { SlaSettings } from '../sla-settings.js';
import type { TemplateContext } from './clause-templates.js';
import { CLAUSE_TEMPLATES, indentFollowingLines, snippetToText, templateContextOf } from './clause-templates.js';
import { agreementOfDocument } from './document-agreement.js';
import { clauseDoc, isValueKeyword, keywordRuleName, valueDoc } from './keyword-docs.js';
import { proseMarkdown } from './prose-markdown.js';
import { isInsideProse, mentionRangeAt } from './prose-scan.js';

/** Keywords without letters that are still worth proposing: comparators and `%`. */
const SYMBOL_KEYWORDS = new Set(['>=', '<=', '>', '<', '=', '%']);

/**
 * Completion for `.sla`, on top of Langium's grammar-driven keywords and cross-references:
 * - term mentions: `[` inside prose or after `counts`/`times` proposes every term in scope
 *   (the agreement's own and those of imported glossaries), names and aliases;
 * - a term reference is inserted with its brackets;
 * - comparators and `%` are proposed with the other fixed values;
 * - a clause keyword comes with a snippet of the whole clause;
 * - every keyword carries its explanation.
 * Like Langium, it reads the text from the file start to the cursor; `SlaClauseCompletionProvider`
 * reads only the clause around it.
 */
export class SlaCompletionProvider extends DefaultCompletionProvider {
    override readonly completionOptions: CompletionProviderOptions = { triggerCharacters: ['['] };
    private readonly settings: SlaSettings;

    constructor(services: SlaServices) {
        super(services);
        this.settings = services.sla.Settings;
    }

    override async getCompletion(document: LangiumDocument, params: CompletionParams): Promise<CompletionList | undefined> {
        const text = document.textDocument.getText();
        const offset = document.textDocument.offsetAt(params.position);
        const from = this.scanStart(document, offset);
        const mention = mentionRangeAt(text, offset, from);
        if (mention) {
            return { isIncomplete: false, items: this.termMentionItems(document, mention) };
        }
        if (isInsideProse(text, offset, from)) {
            // Prose is free text: nothing to propose but mentions.
            return { isIncomplete: false, items: [] };
        }
        return super.getCompletion(document, params);
    }

    /** Where scanning for prose can start: the file start, as Langium reads the text. */
    protected scanStart(_document: LangiumDocument, _offset: number): number {
        return 0;
    }

    /**
     * Every term in scope, completing the mention typed after its `[`: the edit starts after the
     * bracket and brings the closing one. Clients that filter by the word before the cursor
     * (Neovim, Emacs) then match `Qual` against `Qualified Lead` and insert after the bracket,
     * as VS Code does.
     */
    private termMentionItems(document: LangiumDocument, mention: { start: number; end: number }): CompletionItem[] {
        const root = document.parseResult.value;
        const leaf = root.$cstNode ? CstUtils.findLeafNodeBeforeOffset(root.$cstNode, mention.start) : undefined;
        const container: AstNode = leaf?.astNode ?? root;
        const range = {
            start: document.textDocument.positionAt(mention.start + 1),
            end: document.textDocument.positionAt(mention.end)
        };
        return this.termCandidates(container).map(description => ({
            ...this.termItem(description, document),
            label: `[${description.name}]`,
            filterText: description.name,
            textEdit: { range, newText: `${description.name}]` }
        }));
    }

    /** The terms a mention written inside `container` can refer to, each name and alias once. */
    private termCandidates(container: AstNode): AstNodeDescription[] {
        const mention = { $type: Mention.$type, $container: container } as AstNode;
        const info: ReferenceInfo = { reference: { $refText: '', ref: undefined }, container: mention, property: 'term' };
        return this.scopeProvider.getScope(info).getAllElements()
            .distinct(description => `${description.documentUri.toString()}#${description.path}#${description.name}`)
            .toArray();
    }

    /** Kind, detail, documentation and sort order of a term's name or alias. */
    private termItem(description: AstNodeDescription, document: LangiumDocument): Omit<CompletionItem, 'label'> {
        const term = isTerm(description.node) ? description.node : undefined;
        const isAlias = term !== undefined && term.name !== description.name;
        const imported = description.documentUri.toString() !== document.uri.toString();
        const from = imported ? ` (${description.documentUri.path.split('/').pop()})` : '';
        return {
            kind: CompletionItemKind.Constant,
            detail: isAlias ? `Alias of [${term.name}]${from}` : `Term${from}`,
            documentation: term ? { kind: 'markdown', value: proseMarkdown(proseSegments(term.definition)) } : undefined,
            sortText: `${imported ? '1' : '0'}${isAlias ? '1' : '0'}${description.name}`
        };
    }

    protected override createReferenceCompletionItem(description: AstNodeDescription, refInfo: ReferenceInfo, context: CompletionContext): CompletionValueItem {
        if (description.type === Term.$type) {
            return { nodeDescription: description, ...this.termItem(description, context.document), label: `[${description.name}]` };
        }
        return { ...super.createReferenceCompletionItem(description, refInfo, context), detail: referenceDetail(description) };
    }

    protected override filterKeyword(context: CompletionContext, keyword: GrammarAST.Keyword): boolean {
        return super.filterKeyword(context, keyword) || SYMBOL_KEYWORDS.has(keyword.value);
    }

    protected override completionForKeyword(context: CompletionContext, keyword: GrammarAST.Keyword, acceptor: CompletionAcceptor): void {
        if (!this.filterKeyword(context, keyword)) {
            return;
        }
        const rule = keywordRuleName(keyword);
        const value = isValueKeyword(keyword);
        const doc = value ? valueDoc(keyword.value) : clauseDoc(rule)?.doc;
        const documentation = doc ? { kind: 'markdown' as const, value: doc } : undefined;
        const found = CLAUSE_TEMPLATES.find(candidate => candidate.rule === rule && candidate.keyword === keyword.value);
        const template = found && opensRule(keyword) ? found : undefined;
        if (template && !this.settings.snippetSupport) {
            // One item per label for clients without snippets: the whole clause as plain text,
            // its placeholders as words to overwrite.
            acceptor(context, {
                label: keywordPhrase(keyword),
                kind: CompletionItemKind.Keyword,
                detail: template.detail,
                documentation,
                insertText: indentFollowingLines(snippetToText(template.snippet(this.templateContext(context.document))), lineIndent(context)),
                insertTextFormat: InsertTextFormat.PlainText,
                sortText: '1'
            });
            return;
        }
        acceptor(context, {
            label: keywordPhrase(keyword),
            kind: CompletionItemKind.Keyword,
            detail: value ? 'Value' : 'Keyword',
            documentation,
            sortText: '1'
        });
        if (template) {
            acceptor(context, {
                label: keywordPhrase(keyword),
                kind: CompletionItemKind.Snippet,
                detail: template.detail,
                documentation,
                insertText: template.snippet(this.templateContext(context.document)),
                insertTextFormat: InsertTextFormat.Snippet,
                sortText: '1'
            });
        }
    }

    /** Names the snippets fill in from the agreement being written. */
    private templateContext(document: LangiumDocument): TemplateContext {
        return templateContextOf(agreementOfDocument(document), this.settings.now());
    }
}

/**
 * A keyword with the keywords that always follow it, `controlled by`, `response within`, so
 * that a user who picks the clause gets its whole opening.
 */
function keywordPhrase(keyword: GrammarAST.Keyword): string {
    const group: AstNode | undefined = keyword.$container;
    if (!GrammarAST.isGroup(group) || group.elements[0] !== keyword || keyword.cardinality) {
        return keyword.value;
    }
    const words = [keyword.value];
    for (const element of group.elements.slice(1)) {
        if (!GrammarAST.isKeyword(element) || element.cardinality || !/\p{L}/u.test(element.value)) {
            break;
        }
        words.push(element.value);
    }
    return words.join(' ');
}

/** Whether the keyword is the first element of its rule, i.e. it opens a clause. */
function opensRule(keyword: GrammarAST.Keyword): boolean {
    let element: AstNode = keyword;
    while (element.$container && element.$container.$type === 'Group') {
        const group = element.$container as GrammarAST.Group;
        if (group.elements[0] !== element) {
            return false;
        }
        element = group;
    }
    return element.$container?.$type === 'ParserRule';
}

/** `Party: provider`, `Metric: Qualified leads delivered` … */
function referenceDetail(description: AstNodeDescription): string {
    const node = description.node;
    if (isParty(node)) {
        return `Party: ${node.role}${node.title ? ` — ${proseText(node.title)}` : ''}`;
    }
    if ((isService(node) || isMetric(node) || isSeverity(node)) && node.title) {
        return `${description.type}: ${proseText(node.title)}`;
    }
    return description.type;
}

/** The indentation of the line completion happens on: plain text is inserted as written. */
function lineIndent(context: CompletionContext): string {
    const line = context.textDocument.getText({ start: { line: context.position.line, character: 0 }, end: context.position });
    return /^\s*/.exec(line)![0];
}
