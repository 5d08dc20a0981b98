import type { LangiumDocument } from 'langium';
import type { Agreement } from '../generated/ast.js';
import { isAgreement, isSlaFile } from '../generated/ast.js';

/** The agreement a document declares; undefined in a shared glossary file. */
export function agreementOfDocument(document: LangiumDocument): Agreement | undefined {
    const root = document.parseResult.value;
    return isSlaFile(root) && isAgreement(root.agreement) ? root.agreement : undefined;
}
