import { appendFileSync, cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repository } from './paths.js';

/**
 * A broken agreement: it mentions a term no glossary defines and has no termination clause,
 * so the Problems panel must list `undefined-term` and `missing-termination`.
 */
export const BROKEN_AGREEMENT = `// An agreement with defects, for the end-to-end tests.
agreement Hosting "Hosting SLA" {
    kind external
    summary "Operations keeps the [Uptime Window] available for the shop."
    period 2026-01-01 to 2026-12-31

    party Operations "Operations team" provider
    party Shop "Web shop team" customer

    service WebHosting "Web hosting" {
        provided by Operations to Shop
        metric Availability "Availability" {
            target >= 99 % per month
            measured by "Uptime monitor" every day
            controlled by Operations
        }
    }
}
`;

/**
 * A fresh copy of `examples/` in a temporary folder, plus `broken.sla`, and a few April days in
 * the sales-marketing measurements so its chart spans two months (and has a month picker). The
 * runs edit it freely.
 */
export function createWorkspace(): string {
    const folder = mkdtempSync(join(tmpdir(), 'sla-e2e-'));
    cpSync(repository('examples'), folder, { recursive: true });
    writeFileSync(join(folder, 'broken.sla'), BROKEN_AGREEMENT);
    appendFileSync(join(folder, 'sales-marketing', 'leads-2026-03.csv'), '2026-04-01,12,\n2026-04-02,15,\n2026-04-03,11,\n');
    return folder;
}

export function removeWorkspace(folder: string | undefined): void {
    if (folder) {
        rmSync(folder, { recursive: true, force: true });
    }
}
