import { AGREEMENT, LEADS_CSV } from '../renderer/fixtures.js';

/**
 * The renderer fixture without its deliberate defects: every term defined, every row in the
 * period, and no credit line in % naming its count metric.
 */
export const CLEAN_AGREEMENT = AGREEMENT.replace('two [Business Days]', 'two days').replace('credit 5 % when below 95 % for LeadsDelivered', 'credit 5 % when below 95 %');
export const CLEAN_CSV = LEADS_CSV.replace('2027-01-01,99,\n', '');
