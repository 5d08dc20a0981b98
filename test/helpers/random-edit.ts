import type { Random } from './random.js';

/** What typing inserts: text that keeps most agreements parseable. */
const TYPED = ['a', 'Z', ' ', '\n', '1', '\n\n   ', '.', ','];

/** What breaks a parse, or a lexer's position arithmetic. */
const HOSTILE = ['"', '}', '{', '[', ']', '/', '*', '// note\n', '/* x */', '\r\n', '\r', '\\', 'service X {', '-', '%'];

/** One random edit at a random place: mostly typing or deleting, sometimes a character that breaks the parse. */
export function randomEdit(text: string, random: Random): string {
    const at = random.int(text.length + 1);
    const kind = random.next();
    if (kind < 0.45) {
        return text.slice(0, at) + random.pick(TYPED) + text.slice(at);
    } else if (kind < 0.7) {
        return text.slice(0, at) + text.slice(at + 1 + random.int(3));
    }
    return text.slice(0, at) + random.pick(HOSTILE) + text.slice(at);
}
