import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { openSloObjects } from 'sla-model';
import { loadAgreement } from '../../packages/cli/src/commands/command-helpers.js';
import { REPO_ROOT, runSla } from '../helpers/run-cli.js';

/**
 * `sla export --format openslo`: the YAML is parsed back with `yaml` and every object checked
 * field by field against the OpenSLO v1 specification (github.com/OpenSLO/OpenSLO, README,
 * "Specification": General Schema, SLO, Objectives, SLI, Service).
 */
const KINDS = ['DataSource', 'SLO', 'SLI', 'AlertPolicy', 'AlertCondition', 'AlertNotificationTarget', 'Service'];
const DURATION = /^[1-9]\d*[mhdwMQY]$/;
type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** What in an object breaks the OpenSLO v1 specification; empty when nothing does. */
function violations(object: unknown): string[] {
    const problems: string[] = [];
    const check = (ok: boolean, problem: string) => {
        if (!ok) {
            problems.push(problem);
        }
    };
    const onlyKeys = (value: Json, allowed: string[], where: string) => {
        for (const key of Object.keys(value)) {
            check(allowed.includes(key), `${where}: unknown field ${key}`);
        }
    };
    const description = (spec: Json) => check(spec.description === undefined || (typeof spec.description === 'string' && spec.description.length <= 1050), 'spec.description: a string of at most 1050 characters');
    if (!isObject(object)) {
        return ['not an object'];
    }
    onlyKeys(object, ['apiVersion', 'kind', 'metadata', 'spec'], 'object');
    check(object.apiVersion === 'openslo/v1', 'apiVersion: openslo/v1');
    check(KINDS.includes(object.kind as string), 'kind: one of the seven');
    const metadata = object.metadata;
    if (!isObject(metadata)) {
        return [...problems, 'metadata: required'];
    }
    onlyKeys(metadata, ['name', 'displayName', 'labels', 'annotations'], 'metadata');
    // RFC 1123 label: at most 63 characters, lowercase alphanumerics or '-', alphanumeric at both ends.
    check(typeof metadata.name === 'string' && metadata.name.length <= 63 && /^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/.test(metadata.name), `metadata.name ${String(metadata.name)}: an RFC 1123 label`);
    check(metadata.displayName === undefined || typeof metadata.displayName === 'string', 'metadata.displayName: a string');
    const spec = object.spec;
    if (!isObject(spec)) {
        return [...problems, 'spec: required'];
    }
    description(spec);
    const metricSource = (value: unknown, where: string) => {
        check(isObject(value) && isObject(value.metricSource), `${where}.metricSource: required`);
        if (isObject(value) && isObject(value.metricSource)) {
            onlyKeys(value.metricSource, ['metricSourceRef', 'type', 'spec'], `${where}.metricSource`);
            check(isObject(value.metricSource.spec), `${where}.metricSource.spec: an object`);
        }
    };
    switch (object.kind) {
        case 'Service':
            onlyKeys(spec, ['description'], 'Service spec');
            break;
        case 'SLI': {
            onlyKeys(spec, ['description', 'thresholdMetric', 'ratioMetric'], 'SLI spec');
            check((spec.thresholdMetric === undefined) !== (spec.ratioMetric === undefined), 'SLI: either thresholdMetric or ratioMetric');
            if (spec.thresholdMetric !== undefined) {
                metricSource(spec.thresholdMetric, 'thresholdMetric');
            }
            const ratio = spec.ratioMetric;
            if (isObject(ratio)) {
                onlyKeys(ratio, ['counter', 'good', 'bad', 'total', 'rawType', 'raw'], 'ratioMetric');
                check(ratio.counter === undefined || typeof ratio.counter === 'boolean', 'ratioMetric.counter: true or false');
                if (ratio.raw !== undefined) {
                    check(ratio.good === undefined && ratio.bad === undefined && ratio.total === undefined, 'ratioMetric.raw: not with good, bad or total');
                    check(ratio.rawType === 'success' || ratio.rawType === 'failure', 'ratioMetric.rawType: success or failure, required with raw');
                    metricSource(ratio.raw, 'raw');
                } else {
                    check(ratio.rawType === undefined, 'ratioMetric.rawType: only with raw');
                    check((ratio.good === undefined) !== (ratio.bad === undefined), 'ratioMetric: good or bad, not both');
                    metricSource(ratio.good ?? ratio.bad, ratio.good !== undefined ? 'good' : 'bad');
                    metricSource(ratio.total, 'total');
                }
            }
            break;
        }
        case 'SLO': {
            onlyKeys(spec, ['description', 'service', 'indicator', 'indicatorRef', 'timeWindow', 'budgetingMethod', 'objectives', 'alertPolicies'], 'SLO spec');
            check(typeof spec.service === 'string', 'spec.service: a string');
            check((spec.indicator === undefined) !== (spec.indicatorRef === undefined), 'SLO: indicator or indicatorRef');
            const windows = spec.timeWindow;
            check(windows === undefined || (Array.isArray(windows) && windows.length === 1), 'timeWindow: exactly one item');
            for (const window of Array.isArray(windows) ? windows : []) {
                check(isObject(window) && typeof window.duration === 'string' && DURATION.test(window.duration), 'timeWindow.duration: duration shorthand');
                if (isObject(window) && window.calendar !== undefined) {
                    const calendar = window.calendar as Json;
                    onlyKeys(calendar, ['startTime', 'timeZone'], 'calendar');
                    check(typeof calendar.startTime === 'string' && /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/.test(calendar.startTime), 'calendar.startTime: date and 24h time, no zone');
                    check(typeof calendar.timeZone === 'string' && validZone(calendar.timeZone), 'calendar.timeZone: an IANA zone');
                    check(window.isRolling === undefined || window.isRolling === false, 'isRolling: false with calendar');
                } else {
                    check(isObject(window) && window.isRolling === true, 'a window without calendar is rolling');
                }
            }
            const method = spec.budgetingMethod;
            check(method === 'Occurrences' || method === 'Timeslices' || method === 'RatioTimeslices', 'budgetingMethod: required, one of three');
            const objectives = spec.objectives;
            check(Array.isArray(objectives) && objectives.length > 0, 'objectives: required');
            for (const objective of Array.isArray(objectives) ? objectives as Json[] : []) {
                onlyKeys(objective, ['displayName', 'op', 'value', 'target', 'targetPercent', 'timeSliceTarget', 'timeSliceWindow', 'indicator', 'indicatorRef', 'compositeWeight'], 'objective');
                check((objective.target === undefined) !== (objective.targetPercent === undefined), 'objective: target or targetPercent');
                check(objective.target === undefined || (typeof objective.target === 'number' && objective.target >= 0 && objective.target < 1), 'objective.target: in [0, 1)');
                check(objective.targetPercent === undefined || (typeof objective.targetPercent === 'number' && objective.targetPercent >= 0 && objective.targetPercent < 100), 'objective.targetPercent: in [0, 100)');
                check(objective.op === undefined && objective.value === undefined, 'objective.op and value: only with a thresholdMetric, which this export does not write');
                if (method === 'Timeslices') {
                    check(typeof objective.timeSliceTarget === 'number' && objective.timeSliceTarget > 0 && objective.timeSliceTarget <= 1, 'timeSliceTarget: required with Timeslices, in (0, 1]');
                } else {
                    check(objective.timeSliceTarget === undefined, 'timeSliceTarget: only with Timeslices');
                }
                if (method === 'Timeslices' || method === 'RatioTimeslices') {
                    check(typeof objective.timeSliceWindow === 'number' || (typeof objective.timeSliceWindow === 'string' && DURATION.test(objective.timeSliceWindow)), 'timeSliceWindow: required with Timeslices and RatioTimeslices');
                } else {
                    check(objective.timeSliceWindow === undefined, 'timeSliceWindow: only with time slices');
                }
            }
            break;
        }
    }
    return problems;
}

function validZone(zone: string): boolean {
    try {
        new Intl.DateTimeFormat('en', { timeZone: zone });
        return true;
    } catch {
        return false;
    }
}

/** Every example agreement (the shared glossary holds none). */
const EXAMPLES = (fs.readdirSync(path.join(REPO_ROOT, 'examples'), { recursive: true }) as string[])
    .filter(file => file.endsWith('.sla') && /^agreement\s/m.test(fs.readFileSync(path.join(REPO_ROOT, 'examples', file), 'utf8')))
    .map(file => `examples/${file.replaceAll('\\', '/')}`)
    .sort();

describe('sla export --format openslo', () => {
    test('the examples are the three agreements', () => {
        expect(EXAMPLES).toEqual(['examples/cloud-hosting/cloud-hosting.sla', 'examples/it-service-desk/it-service-desk.sla', 'examples/sales-marketing/sales-marketing.sla']);
    });

    test.each(EXAMPLES)('%s: YAML that parses back to the model\'s objects, each valid OpenSLO v1, every reference resolving', async example => {
        const run = runSla(['export', example, '--format', 'openslo', '--time-zone', 'Europe/Berlin']);
        expect(run.status).toBe(0);
        const documents = parseAllDocuments(run.stdout);
        if (!Array.isArray(documents)) {
            throw new Error('no YAML documents');
        }
        const objects = documents.map(document => {
            expect(document.errors).toEqual([]);
            return document.toJS();
        });
        const { model } = await loadAgreement(path.join(REPO_ROOT, example));
        expect(objects).toEqual(openSloObjects(model, { timeZone: 'Europe/Berlin' }).objects);
        expect(objects.map(violations)).toEqual(objects.map(() => []));
        const names = (kind: string) => objects.filter(object => object.kind === kind).map(object => object.metadata.name);
        expect(names('Service')).toEqual(model.services.map(service => service.name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase()));
        for (const kind of ['Service', 'SLI', 'SLO']) {
            expect(new Set(names(kind)).size, kind).toBe(names(kind).length);
        }
        for (const slo of objects.filter(object => object.kind === 'SLO')) {
            expect(names('Service')).toContain(slo.spec.service);
            expect(names('SLI')).toContain(slo.spec.indicatorRef);
        }
        // Each metric is either exported or named in a warning.
        const warned = [...run.stderr.matchAll(/metric (\w+) is not exported/g)].map(match => match[1]);
        expect(names('SLO').length + warned.length).toBe(model.services.flatMap(service => service.metrics).length);
    });

    test('cloud hosting: store availability as a Timeslices SLO per calendar month from April 2026 in Berlin', () => {
        const run = runSla(['export', 'examples/cloud-hosting/cloud-hosting.sla', '--format', 'openslo', '--time-zone', 'Europe/Berlin']);
        const objects = parseAllDocuments(run.stdout) as unknown as { toJS(): Json }[];
        const slo = objects.map(document => document.toJS()).find(object => object.kind === 'SLO' && (object.metadata as Json).name === 'availability');
        expect(slo).toEqual({
            apiVersion: 'openslo/v1',
            kind: 'SLO',
            metadata: { name: 'availability', displayName: 'Availability of the store' },
            spec: {
                description: 'As agreed in Managed Hosting Service Level Agreement.',
                service: 'hosting',
                indicatorRef: 'availability',
                timeWindow: [{ duration: '1M', calendar: { startTime: '2026-04-01 00:00:00', timeZone: 'Europe/Berlin' }, isRolling: false }],
                budgetingMethod: 'Timeslices',
                // target >= 99.9 % per month: 0.999 of the month's one-minute slices without downtime.
                objectives: [{ displayName: 'Availability of the store: >= 99.9 % per month', target: 0.999, timeSliceTarget: 1, timeSliceWindow: '1m' }]
            }
        });
        expect(run.stderr).toBe('sla: warning: \'examples/cloud-hosting/cloud-hosting.sla\': metric RestoreTime is not exported: its target holds for every request, and an OpenSLO objective is a share below 100 % of events or time\n');
    });

    describe('options and output', () => {
        let folder: string;
        beforeAll(() => {
            folder = fs.mkdtempSync(path.join(os.tmpdir(), 'sla-export-'));
            fs.cpSync(path.join(REPO_ROOT, 'examples/it-service-desk'), folder, { recursive: true });
            fs.copyFileSync(path.join(REPO_ROOT, 'examples/common-glossary.sla'), path.join(path.dirname(folder), 'common-glossary.sla'));
        });
        afterAll(() => {
            fs.rmSync(folder, { recursive: true, force: true });
            fs.rmSync(path.join(path.dirname(folder), 'common-glossary.sla'), { force: true });
        });
        const exportIn = (...args: string[]) => runSla(['export', 'it-service-desk.sla', ...args], { cwd: folder });

        test('UTC unless a time zone is given', () => {
            const run = exportIn('--format', 'openslo');
            expect(run.status).toBe(0);
            expect(run.stdout).toContain('        timeZone: UTC\n');
            expect(run.stdout).not.toContain('Europe/');
        });

        test('-o writes the file; it never replaces the agreement', () => {
            expect(exportIn('--format', 'openslo', '-o', 'slo/desk.yaml')).toMatchObject({ status: 0, stdout: 'Wrote slo/desk.yaml\n' });
            expect(fs.readFileSync(path.join(folder, 'slo/desk.yaml'), 'utf8')).toBe(exportIn('--format', 'openslo').stdout);
            const before = fs.readFileSync(path.join(folder, 'it-service-desk.sla'), 'utf8');
            const refused = exportIn('--format', 'openslo', '-o', 'it-service-desk.sla');
            expect(refused.status).toBe(2);
            expect(refused.stderr).toContain('sla: refusing to write \'it-service-desk.sla\'');
            expect(fs.readFileSync(path.join(folder, 'it-service-desk.sla'), 'utf8')).toBe(before);
        });

        test('a time zone the runtime does not know, and a missing --format, are bad usage', () => {
            const zone = exportIn('--format', 'openslo', '--time-zone', 'Mars/Olympus');
            expect(zone.status).toBe(2);
            expect(zone.stderr).toBe('error: option \'--time-zone <zone>\' argument \'Mars/Olympus\' is invalid. Write a time zone of the IANA database, e.g. Europe/Berlin or UTC.\n');
            expect(exportIn().status).toBe(2);
            expect(exportIn('--format', 'prometheus').status).toBe(2);
        });
    });

    test('the checker finds what breaks the specification', () => {
        expect(violations({ apiVersion: 'openslo/v1', kind: 'SLO', metadata: { name: 'Bad_Name' }, spec: {
            service: 'x', indicatorRef: 'y', budgetingMethod: 'Timeslices',
            timeWindow: [{ duration: '1 month', isRolling: false }],
            objectives: [{ target: 1 }]
        } })).toEqual([
            'metadata.name Bad_Name: an RFC 1123 label',
            'timeWindow.duration: duration shorthand',
            'a window without calendar is rolling',
            'objective.target: in [0, 1)',
            'timeSliceTarget: required with Timeslices, in (0, 1]',
            'timeSliceWindow: required with Timeslices and RatioTimeslices'
        ]);
        expect(violations({ apiVersion: 'openslo/v1', kind: 'SLI', metadata: { name: 'a' }, spec: { ratioMetric: { rawType: 'success', raw: {}, good: {} } } }))
            .toEqual(['ratioMetric.raw: not with good, bad or total', 'raw.metricSource: required']);
    });
});
