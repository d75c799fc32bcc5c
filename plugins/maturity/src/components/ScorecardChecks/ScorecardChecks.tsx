import { useState } from 'react';
import type { EntityScorecard, ScorecardCheck } from '../../api/types';
import { sortDomains } from '../../lib/domains';
import { AttestDialog } from '../AttestDialog';
import { DomainSection } from '../DomainSection';
import { WaiveDialog } from '../WaiveDialog';

type DialogState =
  | { kind: 'attest' | 'waive'; check: ScorecardCheck }
  | undefined;

/**
 * Props of {@link ScorecardChecks}.
 *
 * @public
 */
export interface ScorecardChecksProps {
  /** The entity the scorecard belongs to; attestations and waivers name it. */
  entityRef: string;
  scorecard: EntityScorecard;
  canAttest?: boolean;
  canWaive?: boolean;
  /** Leave out the domains no check applies to. */
  hideNotApplicable?: boolean;
  /** Called after an attestation or waiver was recorded. */
  onChanged?: () => void;
}

/**
 * Every domain of a scorecard as an expandable section (level, what the next
 * level needs, the ladder with each check and its value) with the attest and
 * waive dialogs for the scorecard's entity.
 *
 * @public
 */
export function ScorecardChecks(props: ScorecardChecksProps) {
  const {
    entityRef,
    scorecard,
    canAttest,
    canWaive,
    hideNotApplicable,
    onChanged,
  } = props;
  const [dialog, setDialog] = useState<DialogState>();
  const domains = sortDomains(
    hideNotApplicable
      ? scorecard.domains.filter(d => d.applicable)
      : scorecard.domains,
    d => ({ id: d.domainId, title: d.title }),
  );
  return (
    <>
      {domains.map(domain => (
        <DomainSection
          key={domain.domainId}
          domain={domain}
          levels={scorecard.levels}
          canAttest={canAttest}
          canWaive={canWaive}
          onAttest={check => setDialog({ kind: 'attest', check })}
          onWaive={check => setDialog({ kind: 'waive', check })}
        />
      ))}
      <AttestDialog
        open={dialog?.kind === 'attest'}
        entityRef={entityRef}
        modelId={scorecard.modelId}
        check={dialog?.check}
        onClose={() => setDialog(undefined)}
        onSubmitted={() => onChanged?.()}
      />
      <WaiveDialog
        open={dialog?.kind === 'waive'}
        entityRef={entityRef}
        modelId={scorecard.modelId}
        check={dialog?.check}
        onClose={() => setDialog(undefined)}
        onSubmitted={() => onChanged?.()}
      />
    </>
  );
}
