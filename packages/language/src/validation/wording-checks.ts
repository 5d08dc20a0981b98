import type { ValidationAcceptor, ValidationChecks } from 'langium';
import { AstUtils } from 'langium';
import type { Prose, SlaAstType } from '../generated/ast.js';
import { isMention } from '../generated/ast.js';
import { report } from './check-utils.js';
import { IssueCodes } from './issue-codes.js';

/** The kinds of vague wording, each with the advice its message gives. */
type VagueKind = 'time' | 'frequency' | 'judgement' | 'effort';

const ADVICE: Record<VagueKind, string> = {
    time: 'Write the time it must happen in, such as "within 4 hours".',
    frequency: 'Write how often, such as "every week".',
    judgement: 'Say what is meant with a number or a clear rule, such as "within 2 business days" or "at most 5 %".',
    effort: 'State the result that is committed to, with a target that can be measured.'
};

/**
 * The vague words and phrases, matched as whole words and case-insensitively. "reasonable
 * control" is not vague: it is the seeds' own legal phrase for what a provider controls
 * ("factors that are under the reasonable control of the service provider"), not a place
 * where a number belongs.
 */
export const VAGUE_WORDING: { pattern: string; kind: VagueKind }[] = [
    { pattern: 'as soon as possible', kind: 'time' },
    { pattern: 'as soon as practicable', kind: 'time' },
    { pattern: 'asap', kind: 'time' },
    { pattern: 'promptly', kind: 'time' },
    { pattern: 'quickly', kind: 'time' },
    { pattern: 'timely', kind: 'time' },
    { pattern: 'without undue delay', kind: 'time' },
    { pattern: 'in due course', kind: 'time' },
    { pattern: 'regularly', kind: 'frequency' },
    { pattern: 'periodically', kind: 'frequency' },
    { pattern: 'from time to time', kind: 'frequency' },
    { pattern: 'reasonable(?!\\s+control\\b)', kind: 'judgement' },
    { pattern: 'reasonably', kind: 'judgement' },
    { pattern: 'best(?:\\s+|-)efforts?', kind: 'effort' }
];

const VAGUE_PATTERN = new RegExp(
    `\\b(?:${VAGUE_WORDING.map(({ pattern }) => `(${pattern.replace(/ /g, '\\s+')})`).join('|')})\\b`,
    'gi'
);

/**
 * Where prose states a commitment, by the type of the node that holds it and the property.
 * Titles, names of people, roles, tools, contacts, documents and files are not checked: they
 * name things rather than promise them.
 */
const CHECKED: Record<string, string[]> = {
    Summary: ['text'],
    Goal: ['text'],
    Term: ['definition'],
    Hours: ['text'],
    Description: ['text'],
    Exclusions: ['items'],
    Responsibilities: ['items'],
    Counts: ['what'],
    Times: ['what'],
    Measurement: ['method'],
    Deliverable: ['text'],
    Penalty: ['text'],
    Reward: ['text'],
    Indemnification: ['text'],
    Condition: ['text'],
    Expiry: ['text'],
    Section: ['text']
};

/**
 * `vague-wording`: "reasonable", "promptly", "as soon as possible"… where a number belongs.
 * Checked in every prose string that states a commitment, term definitions included (a term
 * defines what is counted, so its definition must be as measurable as a target), in agreements
 * and shared glossaries alike. Mentions of glossary terms are not searched: `[Best Effort]`
 * is a defined term. The range is exactly the vague words.
 */
export function wordingChecks(): ValidationChecks<SlaAstType> {
    return {
        Prose: checkProse
    };
}

/** The prose's source text with mentions and escapes blanked out, so offsets stay exact. */
function searchableText(prose: Prose, source: string, start: number): string {
    let text = '';
    let from = 0;
    for (const part of prose.parts) {
        if (isMention(part) && part.$cstNode) {
            const to = Math.min(source.length, part.$cstNode.end - start);
            const at = Math.max(from, part.$cstNode.offset - start);
            if (at < to) {
                text += source.slice(from, at) + ' '.repeat(to - at);
                from = to;
            }
        }
    }
    text += source.slice(from);
    return text.includes('\\') ? text.replace(/\\[\s\S]/g, '  ') : text;
}

function kindOf(groups: (string | undefined)[]): VagueKind {
    const index = groups.findIndex(group => group !== undefined);
    return VAGUE_WORDING[Math.max(0, index)].kind;
}

function checkProse(prose: Prose, accept: ValidationAcceptor): void {
    const container = prose.$container;
    const property = prose.$containerProperty;
    if (!container || !property || !CHECKED[container.$type]?.includes(property) || !prose.$cstNode) {
        return;
    }
    const cst = prose.$cstNode;
    const textDocument = AstUtils.getDocument(prose).textDocument;
    const text = searchableText(prose, cst.text, cst.offset);
    for (const match of text.matchAll(VAGUE_PATTERN)) {
        const word = match[0];
        const offset = cst.offset + (match.index ?? 0);
        const kind = kindOf(match.slice(1));
        const range = { start: textDocument.positionAt(offset), end: textDocument.positionAt(offset + word.length) };
        const shown = word.replace(/\s+/g, ' ');
        report(accept, IssueCodes.VagueWording,
            `"${shown}" is vague where a number belongs: the agreement must be measurable and objective. ${ADVICE[kind]}`,
            { node: prose, range },
            { word: shown, kind });
    }
}
