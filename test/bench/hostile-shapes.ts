/**
 * Hostile shapes of issue #15, each built in process with every check, as `sla check` does:
 * the seconds it takes and the seconds per MB of text. The shapes are those that overflowed
 * the stack or took time quadratic in the input; the goal is under 2 s per MB.
 */
import { EmptyFileSystem, URI } from 'langium';
import { createSlaServices } from 'sla-language';

export interface HostileShapeResult {
    shape: string;
    megabytes: number;
    seconds: number;
    diagnostics: number;
}

/** Each shape at about 1 MB (the prose string at 9 MB, the size that overflowed). */
export const HOSTILE_SHAPES: Array<{ shape: string; text: () => string }> = [
    { shape: '125,000 comment lines (1 MB)', text: () => 'glossary G {\n}\n' + '// line\n'.repeat(125_000) },
    { shape: 'One quoted string of 9 MB', text: () => `glossary G "${'a'.repeat(9_000_000)}" {\n}\n` },
    { shape: '1 MB of `[` in a string', text: () => `glossary G "${'['.repeat(1_000_000)}" {\n}\n` },
    { shape: '1 MB of unclosed `/*`', text: () => '/*'.repeat(500_000) },
    { shape: '1 MB of NUL', text: () => '\u0000'.repeat(1_000_000) },
    { shape: '50,000 mentions of a defined term (200 KB)', text: () => `glossary G "${'[X] '.repeat(50_000)}" {\n term [X] = "x"\n}\n` }
];

export async function measureHostileShapes(): Promise<HostileShapeResult[]> {
    const results: HostileShapeResult[] = [];
    for (const [index, { shape, text: make }] of HOSTILE_SHAPES.entries()) {
        const services = createSlaServices(EmptyFileSystem);
        const text = make();
        const started = performance.now();
        const document = services.shared.workspace.LangiumDocumentFactory.fromString(text, URI.file(`/bench/hostile-${index}.sla`));
        services.shared.workspace.LangiumDocuments.addDocument(document);
        await services.shared.workspace.DocumentBuilder.build([document], { validation: true });
        const seconds = (performance.now() - started) / 1000;
        results.push({ shape, megabytes: text.length / 1e6, seconds, diagnostics: document.diagnostics?.length ?? 0 });
    }
    return results;
}
