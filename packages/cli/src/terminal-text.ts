/**
 * User data on its way to a terminal. A CSV cell, a term or a file name may hold control
 * characters: ESC sequences that clear the screen or write the clipboard, a carriage return
 * that overwrites a line, a newline that forges a finding of its own. Each is written as a
 * visible escape instead (`\n`, `\r`, `\t`, `\x1b`…); nothing else changes.
 */
// C0 controls, DEL and C1 controls (0x9b is a one-byte CSI on some terminals).
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
const CONTROL_BUT_LINE_BREAKS = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function visible(char: string): string {
    return NAMED[char] ?? `\\x${char.charCodeAt(0).toString(16).padStart(2, '0')}`;
}

/** One field of one line (a file name, a message): line breaks are escaped too. */
export function terminalField(text: string): string {
    return text.replace(CONTROL, visible);
}

/** Output of several lines the CLI wrote itself: its line breaks stay, every other control is escaped. */
export function terminalLines(text: string): string {
    return text.replace(CONTROL_BUT_LINE_BREAKS, visible);
}
