import type { FileSystemNode, FileSystemProvider } from 'langium';
import { URI } from 'langium';

/**
 * Files that exist only in memory, keyed by absolute path (`/work/leads.csv`), so tests can
 * give an agreement its CSV measurements and shared glossaries without touching the disk.
 */
export class InMemoryFileSystemProvider implements FileSystemProvider {
    constructor(private readonly files: Map<string, string> = new Map()) {}

    set(path: string, text: string): void {
        this.files.set(path, text);
    }

    delete(path: string): void {
        this.files.delete(path);
    }

    private text(uri: URI): string {
        const text = this.files.get(uri.path);
        if (text === undefined) {
            throw new Error(`No such file: ${uri.path}`);
        }
        return text;
    }

    private node(uri: URI): FileSystemNode {
        const isFile = this.files.has(uri.path);
        return { uri, isFile, isDirectory: !isFile };
    }

    async stat(uri: URI): Promise<FileSystemNode> { return this.node(uri); }
    statSync(uri: URI): FileSystemNode { return this.node(uri); }
    async exists(uri: URI): Promise<boolean> { return this.files.has(uri.path); }
    existsSync(uri: URI): boolean { return this.files.has(uri.path); }
    async readBinary(uri: URI): Promise<Uint8Array> { return new TextEncoder().encode(this.text(uri)); }
    readBinarySync(uri: URI): Uint8Array { return new TextEncoder().encode(this.text(uri)); }
    async readFile(uri: URI): Promise<string> { return this.text(uri); }
    readFileSync(uri: URI): string { return this.text(uri); }
    async readDirectory(uri: URI): Promise<FileSystemNode[]> { return this.readDirectorySync(uri); }
    readDirectorySync(uri: URI): FileSystemNode[] {
        const prefix = uri.path.endsWith('/') ? uri.path : `${uri.path}/`;
        return [...this.files.keys()]
            .filter(path => path.startsWith(prefix) && !path.slice(prefix.length).includes('/'))
            .map(path => ({ uri: URI.file(path), isFile: true, isDirectory: false }));
    }
}
