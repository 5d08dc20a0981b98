/**
 * How long a PDF printed by Chromium is: its page count, and its length in pages as a
 * fraction, read from where a marker link at the end of the document landed. Chromium (Skia)
 * writes page and annotation dictionaries uncompressed, and a link as a `/URI` annotation
 * with the rectangle it covers, so no PDF library is needed.
 */
export const END_MARKER = 'https://end.invalid/';

export interface PrintedLength {
    pages: number;
    /** Pages before the marker's, and the part of its page above the marker's bottom. */
    length: number;
}

/** `marginMm` is the page margin the document was printed with, all round. */
export function printedLength(pdf: Buffer, marginMm: number): PrintedLength {
    const text = pdf.toString('latin1');
    const objects = new Map<number, string>();
    for (const match of text.matchAll(/(\d+) 0 obj\b([\s\S]*?)(?:\bstream\b|\bendobj\b)/g)) {
        objects.set(Number(match[1]), match[2]);
    }
    const catalog = [...objects.values()].find(object => /\/Type\s*\/Catalog\b/.test(object));
    const root = catalog && /\/Pages\s+(\d+) 0 R/.exec(catalog);
    if (!root) {
        throw new Error('no page tree in the PDF');
    }
    const pages: string[] = [];
    const walk = (number: number) => {
        const node = objects.get(number) ?? '';
        if (/\/Type\s*\/Pages\b/.test(node)) {
            for (const kid of (/\/Kids\s*\[([^\]]*)\]/.exec(node)?.[1] ?? '').matchAll(/(\d+) 0 R/g)) {
                walk(Number(kid[1]));
            }
        } else {
            pages.push(node);
        }
    };
    walk(Number(root[1]));
    const marker = [...objects.entries()].find(([, object]) => object.includes(`/URI (${END_MARKER})`));
    if (!marker) {
        throw new Error(`no link to ${END_MARKER} in the PDF`);
    }
    const index = pages.findIndex(page => new RegExp(`/Annots\\s*\\[[^\\]]*\\b${marker[0]} 0 R`).test(page));
    const rectangle = numbers(/\/Rect\s*\[([^\]]*)\]/.exec(marker[1])?.[1]);
    const media = numbers(/\/MediaBox\s*\[([^\]]*)\]/.exec(pages[index] ?? '')?.[1]);
    if (index < 0 || rectangle.length !== 4 || media.length !== 4) {
        throw new Error('the end marker is on no page');
    }
    const margin = marginMm * 72 / 25.4;
    // PDF space runs upwards from the page's bottom edge.
    const used = (media[3] - margin - rectangle[1]) / (media[3] - media[1] - 2 * margin);
    return { pages: pages.length, length: index + used };
}

function numbers(text: string | undefined): number[] {
    return (text ?? '').trim().split(/\s+/).filter(Boolean).map(Number);
}
