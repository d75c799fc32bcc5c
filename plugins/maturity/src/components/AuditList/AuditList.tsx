import Button from '@material-ui/core/Button';
import Link from '@material-ui/core/Link';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { useState } from 'react';
import type {
  AttestationRecord,
  AuditEntry,
  WaiverRecord,
} from '../../api/types';
import { isWebUrl } from '../../lib/validation';
import { formatDate, formatDateTime } from '../../lib/time';
import { RevokeDialog } from '../RevokeDialog';
import { VisuallyHidden } from '../VisuallyHidden';
import { useMaturityTranslation } from '../../translation';

function recordState(
  record: { revokedAt?: string; expiresAt?: string },
  now: Date,
): 'active' | 'expired' | 'revoked' {
  if (record.revokedAt) return 'revoked';
  if (record.expiresAt && new Date(record.expiresAt) <= now) return 'expired';
  return 'active';
}

const ENTRY_MESSAGES = {
  attestation: {
    created: 'auditList.attestationCreated',
    revoked: 'auditList.attestationRevoked',
  },
  waiver: {
    created: 'auditList.waiverCreated',
    revoked: 'auditList.waiverRevoked',
  },
} as const;

function detailsText(entry: AuditEntry) {
  const parts = ['reason', 'comment', 'evidenceUrl', 'expiresAt']
    .map(key => entry.details?.[key])
    .filter((v): v is string => typeof v === 'string' && v.length > 0);
  return parts.map(part =>
    isWebUrl(part) ? (
      <Link key={part} href={part} target="_blank" rel="noopener">
        {part}
      </Link>
    ) : (
      <span key={part}>{part} </span>
    ),
  );
}

/**
 * Props of {@link AuditList}.
 *
 * @public
 */
export interface AuditListProps {
  attestations: AttestationRecord[];
  waivers: WaiverRecord[];
  audit: AuditEntry[];
  /** Check titles by check id. */
  checkTitles: Record<string, string>;
  /** The user may revoke waivers. */
  canWaive?: boolean;
  onRevokeWaiver?: (
    waiver: WaiverRecord,
    reason: string | undefined,
  ) => Promise<void>;
  /**
   * Whether the user may revoke an attestation (its author, a user who may
   * attest on the entity, an admin); none may be revoked when absent.
   */
  canRevokeAttestation?: (attestation: AttestationRecord) => boolean;
  onRevokeAttestation?: (
    attestation: AttestationRecord,
    reason: string | undefined,
  ) => Promise<void>;
}

/** "Revoked", with the reason when one was given; else the state. */
function StateText(props: {
  record: { revokedAt?: string; expiresAt?: string; revokeReason?: string };
  now: Date;
}) {
  const { t } = useMaturityTranslation();
  const state = recordState(props.record, props.now);
  return (
    <>
      {state === 'revoked' && props.record.revokeReason
        ? t('auditList.revokedWithReason', {
            reason: props.record.revokeReason,
          })
        : t(`auditList.${state}`)}
    </>
  );
}

/**
 * The attestations and waivers of an entity and their audit trail, with
 * Revoke actions on the active ones the user may revoke.
 *
 * @public
 */
export function AuditList(props: AuditListProps) {
  const { attestations, waivers, audit, checkTitles, canWaive } = props;
  const { onRevokeAttestation } = props;
  const [revoking, setRevoking] = useState<WaiverRecord>();
  const [revokingAttestation, setRevokingAttestation] =
    useState<AttestationRecord>();
  const { t, language } = useMaturityTranslation();
  const now = new Date();
  const title = (checkId: string) => checkTitles[checkId] ?? checkId;
  const revocable = (a: AttestationRecord) =>
    Boolean(onRevokeAttestation) &&
    recordState(a, now) === 'active' &&
    (props.canRevokeAttestation?.(a) ?? false);
  const attestationActions = attestations.some(revocable);

  return (
    <div>
      <Typography variant="h6" component="h3">
        {t('auditList.attestations')}
      </Typography>
      {attestations.length === 0 ? (
        <Typography variant="body2" color="textSecondary" paragraph>
          {t('auditList.noAttestations')}
        </Typography>
      ) : (
        <Table size="small" aria-label={t('auditList.attestations')}>
          <TableHead>
            <TableRow>
              <TableCell>{t('auditList.check')}</TableCell>
              <TableCell>{t('auditList.evidence')}</TableCell>
              <TableCell>{t('auditList.by')}</TableCell>
              <TableCell>{t('auditList.expires')}</TableCell>
              <TableCell>{t('auditList.state')}</TableCell>
              {attestationActions && (
                <TableCell>
                  <VisuallyHidden>{t('auditList.actions')}</VisuallyHidden>
                </TableCell>
              )}
            </TableRow>
          </TableHead>
          <TableBody>
            {attestations.map(a => (
              <TableRow key={a.id}>
                <TableCell>{title(a.checkId)}</TableCell>
                <TableCell>
                  <Link href={a.evidenceUrl} target="_blank" rel="noopener">
                    {a.evidenceUrl}
                  </Link>
                  {a.comment && (
                    <Typography variant="body2" color="textSecondary">
                      {a.comment}
                    </Typography>
                  )}
                </TableCell>
                <TableCell>{a.author}</TableCell>
                <TableCell>{formatDate(a.expiresAt, language)}</TableCell>
                <TableCell>
                  <StateText record={a} now={now} />
                </TableCell>
                {attestationActions && (
                  <TableCell>
                    {revocable(a) && (
                      <Button
                        size="small"
                        onClick={() => setRevokingAttestation(a)}
                        aria-label={t('auditList.revokeAttestationAria', {
                          check: title(a.checkId),
                        })}
                      >
                        {t('auditList.revoke')}
                      </Button>
                    )}
                  </TableCell>
                )}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}

      <Typography variant="h6" component="h3" style={{ marginTop: 16 }}>
        {t('auditList.waivers')}
      </Typography>
      {waivers.length === 0 ? (
        <Typography variant="body2" color="textSecondary" paragraph>
          {t('auditList.noWaivers')}
        </Typography>
      ) : (
        <Table size="small" aria-label={t('auditList.waivers')}>
          <TableHead>
            <TableRow>
              <TableCell>{t('auditList.check')}</TableCell>
              <TableCell>{t('common.reason')}</TableCell>
              <TableCell>{t('auditList.by')}</TableCell>
              <TableCell>{t('auditList.expires')}</TableCell>
              <TableCell>{t('auditList.state')}</TableCell>
              {canWaive && (
                <TableCell>
                  <VisuallyHidden>{t('auditList.actions')}</VisuallyHidden>
                </TableCell>
              )}
            </TableRow>
          </TableHead>
          <TableBody>
            {waivers.map(w => {
              const state = recordState(w, now);
              return (
                <TableRow key={w.id}>
                  <TableCell>{title(w.checkId)}</TableCell>
                  <TableCell>{w.reason}</TableCell>
                  <TableCell>{w.author}</TableCell>
                  <TableCell>
                    {w.expiresAt
                      ? formatDate(w.expiresAt, language)
                      : t('auditList.untilRevoked')}
                  </TableCell>
                  <TableCell>
                    <StateText record={w} now={now} />
                  </TableCell>
                  {canWaive && (
                    <TableCell>
                      {state === 'active' && props.onRevokeWaiver && (
                        <Button
                          size="small"
                          onClick={() => setRevoking(w)}
                          aria-label={t('auditList.revokeAria', {
                            check: title(w.checkId),
                          })}
                        >
                          {t('auditList.revoke')}
                        </Button>
                      )}
                    </TableCell>
                  )}
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      )}

      <Typography variant="h6" component="h3" style={{ marginTop: 16 }}>
        {t('auditList.auditTrail')}
      </Typography>
      {audit.length === 0 ? (
        <Typography variant="body2" color="textSecondary">
          {t('auditList.noAudit')}
        </Typography>
      ) : (
        <List dense aria-label={t('auditList.auditTrail')}>
          {audit.map(entry => (
            <ListItem key={entry.id} disableGutters>
              <ListItemText
                primary={t(ENTRY_MESSAGES[entry.subject][entry.action], {
                  time: formatDateTime(entry.at, language),
                  actor: entry.actor,
                  check: title(entry.checkId),
                })}
                secondary={detailsText(entry)}
              />
            </ListItem>
          ))}
        </List>
      )}

      {props.onRevokeWaiver && (
        <RevokeDialog
          kind="waiver"
          record={revoking}
          checkTitle={revoking ? title(revoking.checkId) : undefined}
          onClose={() => setRevoking(undefined)}
          onRevoke={props.onRevokeWaiver}
        />
      )}
      {onRevokeAttestation && (
        <RevokeDialog
          kind="attestation"
          record={revokingAttestation}
          checkTitle={
            revokingAttestation ? title(revokingAttestation.checkId) : undefined
          }
          onClose={() => setRevokingAttestation(undefined)}
          onRevoke={onRevokeAttestation}
        />
      )}
    </div>
  );
}
