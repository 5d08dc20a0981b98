import type { Reference, ValidationAcceptor, ValidationChecks } from 'langium';
import type { Dependency, Measurement, Party, SlaAstType } from '../generated/ast.js';
import { isMetric, isService } from '../generated/ast.js';
import { atProperty, lineNumber, report } from './check-utils.js';
import { IssueCodes } from './issue-codes.js';

/**
 * `third-party-not-involved`: "these systems are often controlled by specialized third-party
 * companies; if this is the case, the third party must also be involved in the SLA
 * negotiations." Fires on a metric's `measured by … operated by X` and on a service's
 * `depends on X` when X is a `third-party` party not marked `involved`.
 */
export function partyChecks(): ValidationChecks<SlaAstType> {
    return {
        Measurement: checkOperator,
        Dependency: checkDependency
    };
}

function uninvolvedThirdParty(reference: Reference<Party> | undefined): Party | undefined {
    const party = reference?.ref;
    return party && party.name && party.role === 'third-party' && !party.involved ? party : undefined;
}

function involveFix(party: Party): string {
    return `Involve it in the negotiation and add \`involved\` after \`third-party\` in its declaration on line ${lineNumber(party)}, so it knows which service levels are tracked and how.`;
}

function checkOperator(measurement: Measurement, accept: ValidationAcceptor): void {
    const party = uninvolvedThirdParty(measurement.operator);
    if (!party) {
        return;
    }
    const metric = isMetric(measurement.$container) ? measurement.$container.name ?? '' : '';
    report(accept, IssueCodes.ThirdPartyNotInvolved,
        `The data source of metric '${metric}' is operated by ${party.name}, a third party not involved in this agreement. ${involveFix(party)}`,
        atProperty(measurement, 'operator', { node: measurement }),
        { party: party.name, metric });
}

function checkDependency(dependency: Dependency, accept: ValidationAcceptor): void {
    const service = isService(dependency.$container) ? dependency.$container.name ?? '' : '';
    dependency.parties.forEach((reference, index) => {
        const party = uninvolvedThirdParty(reference);
        if (!party) {
            return;
        }
        report(accept, IssueCodes.ThirdPartyNotInvolved,
            `Service '${service}' depends on ${party.name}, a third party not involved in this agreement. ${involveFix(party)}`,
            atProperty(dependency, 'parties', { node: dependency }, index),
            { party: party.name, service });
    });
}
