// Every rule briefcheck knows, one file each (its docs and tests beside it).
import type { Rule } from '../src/rules/types.js';
import anonymousSource from './anonymous-source.js';
import attributionDropped from './attribution-dropped.js';
import conflictingAttribution from './conflicting-attribution.js';
import conflictingDate from './conflicting-date.js';
import conflictingNumber from './conflicting-number.js';
import contradictedClaim from './contradicted-claim.js';
import dateInconsistency from './date-inconsistency.js';
import hedgedClaim from './hedged-claim.js';
import namingVariant from './naming-variant.js';
import relativeDateUndated from './relative-date-undated.js';
import unattributedClaim from './unattributed-claim.js';
import unconfirmedAsFact from './unconfirmed-as-fact.js';

export const rules: readonly Rule[] = [
  anonymousSource,
  attributionDropped,
  conflictingAttribution,
  conflictingDate,
  conflictingNumber,
  contradictedClaim,
  dateInconsistency,
  hedgedClaim,
  namingVariant,
  relativeDateUndated,
  unattributedClaim,
  unconfirmedAsFact,
];

export const rulesById: ReadonlyMap<string, Rule> = new Map(rules.map((r) => [r.meta.id, r]));
