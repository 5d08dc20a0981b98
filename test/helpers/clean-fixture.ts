import { AGREEMENT, LEADS_CSV } from '../renderer/fixtures.js';

/** The renderer fixture without its deliberate defects: every term defined, every row in the period. */
export const CLEAN_AGREEMENT = AGREEMENT.replace('two [Business Days]', 'two days');
export const CLEAN_CSV = LEADS_CSV.replace('2027-01-01,99,\n', '');
