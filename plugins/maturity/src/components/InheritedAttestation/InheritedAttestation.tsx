import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Link from '@material-ui/core/Link';
import Typography from '@material-ui/core/Typography';
import type { InheritedAttestation as Attestation } from '../../lib/inheritedAttestation';
import { formatDate } from '../../lib/time';
import { isWebUrl } from '../../lib/validation';
import { useMaturityTranslation } from '../../translation';

/**
 * Props of {@link InheritedAttestation}.
 *
 * @public
 */
export interface InheritedAttestationProps {
  attestation: Attestation;
  /** The user may attest the check on the entity itself. */
  canAttest?: boolean;
}

/**
 * Where a check's team attestation comes from, as a term and description
 * of a `<dl>`: the group it was attested for (linked to the group's page),
 * who attested it and when, until when it counts, and the evidence.
 *
 * @public
 */
export function InheritedAttestation(props: InheritedAttestationProps) {
  const { attestation, canAttest } = props;
  const { t, tNode, language } = useMaturityTranslation();
  const { evidenceUrl } = attestation;

  return (
    <>
      <dt>{t('checkItem.teamAttestation')}</dt>
      <dd>
        <div>
          {tNode('checkItem.inheritedFrom', {
            team: (
              <EntityRefLink
                entityRef={attestation.groupRef}
                title={attestation.groupTitle}
              />
            ),
          })}
        </div>
        <div>
          {t('checkItem.inheritedBy', {
            author: attestation.author ?? '–',
            date: formatDate(attestation.attestedAt, language),
            expires: formatDate(attestation.validUntil, language),
          })}
        </div>
        {evidenceUrl && (
          <div>
            {tNode('checkItem.inheritedEvidence', {
              link: isWebUrl(evidenceUrl) ? (
                <Link href={evidenceUrl} target="_blank" rel="noopener">
                  {evidenceUrl}
                </Link>
              ) : (
                evidenceUrl
              ),
            })}
          </div>
        )}
        {canAttest && (
          <Typography variant="caption" color="textSecondary">
            {t('checkItem.inheritedOwnWins')}
          </Typography>
        )}
      </dd>
    </>
  );
}
