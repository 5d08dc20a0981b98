import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CliError } from './cli-error.js';

const WRITE_ERRORS: Record<string, string> = {
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EEXIST: 'a file is in the way of its folder',
    ENOTDIR: 'a file is in the way of its folder',
    EISDIR: 'it is a folder',
    EROFS: 'the file system is read-only',
    ENOSPC: 'the disk is full'
};

/**
 * Writes a command's output to `output` without ever replacing what the command read: the
 * path is refused (one line, exit 2) when it resolves, through symlinks and hard links, to one
 * of `sources` or to any `.sla` file. The text (or a PDF's bytes) goes to a temporary file beside the target,
 * which is then renamed onto it, so a failed write leaves the old file whole.
 */
export function writeOutputFile(output: string, content: string | Uint8Array, sources: readonly string[]): void {
    const target = resolveTarget(path.resolve(output));
    const clash = sourceAt(target, sources);
    if (clash !== undefined) {
        throw new CliError(`sla: refusing to write '${output}': it is ${clash}, which this command reads; name another output file`);
    }
    if (/\.sla$/i.test(target)) {
        throw new CliError(`sla: refusing to write '${output}': it is an .sla file; outputs never replace agreements`);
    }
    const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${crypto.randomBytes(6).toString('hex')}.tmp`);
    try {
        fs.mkdirSync(path.dirname(target), { recursive: true });
        fs.writeFileSync(temporary, content, { flag: 'wx' });
        fs.renameSync(temporary, target);
    } catch (error) {
        try {
            fs.rmSync(temporary, { force: true });
        } catch {
            // The folder could not be made or read: no temporary file was left in it.
        }
        const code = (error as NodeJS.ErrnoException).code ?? '';
        throw new CliError(`sla: cannot write '${output}': ${WRITE_ERRORS[code] ?? (error as Error).message}`);
    }
}

/** The file a write to `file` would change: symlinks followed, even dangling ones. */
function resolveTarget(file: string): string {
    let target = file;
    for (let hops = 0; hops < 40; hops++) {
        try {
            return fs.realpathSync(target);
        } catch {
            // Not there yet, or a link to a file not there yet: follow the link by hand.
        }
        let link: string;
        try {
            link = fs.readlinkSync(target);
        } catch {
            break;
        }
        target = path.resolve(path.dirname(target), link);
    }
    // The nearest folder that exists, with its links resolved, and the rest of the path as named.
    let folder = path.dirname(target);
    for (;;) {
        try {
            return path.join(fs.realpathSync(folder), path.relative(folder, target));
        } catch {
            const parent = path.dirname(folder);
            if (parent === folder) {
                return target;
            }
            folder = parent;
        }
    }
}

/** How the clashing source is named in the message, if `target` is one of `sources`. */
function sourceAt(target: string, sources: readonly string[]): string | undefined {
    const targetStat = statOf(target);
    for (const source of sources) {
        const real = resolveTarget(path.resolve(source));
        const sourceStat = statOf(real);
        const sameFile = real === target
            || (targetStat !== undefined && sourceStat !== undefined && targetStat.dev === sourceStat.dev && targetStat.ino === sourceStat.ino);
        if (sameFile) {
            return `'${path.relative(process.cwd(), source) || source}'`;
        }
    }
    return undefined;
}

function statOf(file: string): fs.Stats | undefined {
    try {
        return fs.statSync(file);
    } catch {
        return undefined;
    }
}
