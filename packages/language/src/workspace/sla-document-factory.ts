import type { AstNode, Cancellation, LangiumDocument, LangiumSharedCoreServices, ParseResult, ParserOptions, URI } from 'langium';
import { DefaultLangiumDocumentFactory } from 'langium';
import { BlockReparser } from '../parser/block-reparse.js';
import { replaceInAllNodes } from './ast-nodes.js';
import { isDocumentTooLarge } from './document-too-large.js';

/**
 * Langium's document factory, except that a changed document whose edit lies inside one block
 * reparses only that block (see `parser/block-reparse.ts`); any other change parses it all.
 * A text too large to parse (`document-too-large.ts`) is parsed as an empty file: it defines
 * nothing, and its validation reports only that it is too large.
 */
export class SlaDocumentFactory extends DefaultLangiumDocumentFactory {
    private readonly reparsers = new WeakMap<object, BlockReparser>();
    /** The parse each document had when its update began, by URI. */
    private readonly previous = new Map<string, ParseResult>();

    constructor(services: LangiumSharedCoreServices) {
        super(services);
    }

    override async update<T extends AstNode = AstNode>(document: LangiumDocument<T>, cancellationToken: Cancellation.CancellationToken): Promise<LangiumDocument<T>> {
        const key = document.uri.toString();
        this.previous.set(key, document.parseResult);
        try {
            return await super.update(document, cancellationToken);
        } finally {
            this.previous.delete(key);
        }
    }

    protected override parse<T extends AstNode>(uri: URI, text: string, options?: ParserOptions): ParseResult<T> {
        return super.parse(uri, isDocumentTooLarge(text) ? '' : text, options);
    }

    protected override parseAsync<T extends AstNode>(uri: URI, text: string, cancellationToken: Cancellation.CancellationToken): Promise<ParseResult<T>> {
        if (isDocumentTooLarge(text)) {
            return super.parseAsync(uri, '', cancellationToken);
        }
        const previous = this.previous.get(uri.toString());
        const reparsed = previous && this.reparserFor(uri).reparse(previous, text);
        if (reparsed) {
            replaceInAllNodes(reparsed.parse.value, reparsed.oldBlock, reparsed.newBlock);
            return Promise.resolve(reparsed.parse as ParseResult<T>);
        }
        return super.parseAsync(uri, text, cancellationToken);
    }

    private reparserFor(uri: URI): BlockReparser {
        const services = this.serviceRegistry.getServices(uri);
        let reparser = this.reparsers.get(services);
        if (!reparser) {
            reparser = new BlockReparser(services.Grammar, services.parser.LangiumParser);
            this.reparsers.set(services, reparser);
        }
        return reparser;
    }
}
