import type { CheckStatus } from '@devops-maturity/plugin-maturity-common';

/** How the two engines' results relate, over every entity × check. */
export interface Agreement {
  /** Both decided (our passed/failed, jsonfc true/false). */
  compared: number;
  /** … and agreed. */
  agreed: number;
  /** Both found the check not applicable (our appliesTo, jsonfc's filter). */
  notApplicable: number;
  /** Neither decided: our `unknown` (a fact missing), jsonfc skipped the check. */
  neitherDecided: number;
  /**
   * We decided, jsonfc skipped: a rule with `any`/`all` where we could decide
   * from the facts present; jsonfc runs a check only when every fact it names is present.
   */
  decidedByOursOnly: number;
  /** Every other pairing: different results, or a result from only one side where the other must have one. */
  disagreements: Array<{
    entityRef: string;
    checkId: string;
    ours: CheckStatus;
    jsonfc: boolean | 'no result';
  }>;
}

/**
 * Compares our statuses (model order of `checkIds`) with jsonfc's results,
 * entity by entity.
 */
export function compareResults(
  checkIds: string[],
  refs: string[],
  ours: CheckStatus[][],
  jsonfc: Array<Map<string, boolean>>,
): Agreement {
  const agreement: Agreement = {
    compared: 0,
    agreed: 0,
    notApplicable: 0,
    neitherDecided: 0,
    decidedByOursOnly: 0,
    disagreements: [],
  };
  refs.forEach((entityRef, e) => {
    checkIds.forEach((checkId, c) => {
      const status = ours[e][c];
      const theirs = jsonfc[e].get(checkId);
      const decided = status === 'passed' || status === 'failed';
      if (decided && theirs !== undefined) {
        agreement.compared += 1;
        if (theirs === (status === 'passed')) {
          agreement.agreed += 1;
          return;
        }
      } else if (theirs === undefined) {
        if (status === 'not-applicable') agreement.notApplicable += 1;
        else if (status === 'unknown') agreement.neitherDecided += 1;
        else if (decided) agreement.decidedByOursOnly += 1;
        if (status !== 'error' && status !== 'waived') return;
      }
      agreement.disagreements.push({
        entityRef,
        checkId,
        ours: status,
        jsonfc: theirs ?? 'no result',
      });
    });
  });
  return agreement;
}
