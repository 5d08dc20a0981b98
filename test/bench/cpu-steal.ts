import { readFileSync } from 'node:fs';

/** The machine's CPU time counters from /proc/stat (Linux), in clock ticks. */
export interface CpuTimes {
    steal: number;
    total: number;
}

/**
 * The CPU counters now, or undefined where /proc/stat is missing. Steal is the time a virtual
 * machine was ready to run but the host ran something else: on a shared host it makes every
 * figure of a run slower, whatever the code does.
 */
export function cpuTimes(): CpuTimes | undefined {
    try {
        const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
        // user nice system idle iowait irq softirq steal guest guest_nice; guests are already in user.
        const total = fields.slice(0, 8).reduce((sum, value) => sum + value, 0);
        return { steal: fields[7] ?? 0, total };
    } catch {
        return undefined;
    }
}

/** The share of CPU time stolen between two readings, in percent. */
export function stealPercent(start: CpuTimes | undefined, end: CpuTimes | undefined): number | undefined {
    if (!start || !end || end.total <= start.total) {
        return undefined;
    }
    return 100 * (end.steal - start.steal) / (end.total - start.total);
}
