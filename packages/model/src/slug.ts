/** A slug for an anchor: letters and digits of any script, joined by hyphens. */
export function slug(text: string | undefined): string {
    return (text ?? '').toLowerCase().normalize('NFC').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '');
}
