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
import { formatDate, formatDateTime } from '../../lib/time';
import { RevokeWaiverDialog } from '../RevokeWaiverDialog';
import { VisuallyHidden } from '../VisuallyHidden';

function recordState(
  record: { revokedAt?: string; expiresAt?: string },
  now: Date,
): 'Active' | 'Expired' | 'Revoked' {
  if (record.revokedAt) return 'Revoked';
  if (record.expiresAt && new Date(record.expiresAt) <= now) return 'Expired';
  return 'Active';
}

function isUrl(text: string): boolean {
  return /^https?:\/\//i.test(text);
}

function detailsText(entry: AuditEntry) {
  const parts = ['reason', 'comment', 'evidenceUrl', 'expiresAt']
    .map(key => entry.details?.[key])
    .filter((v): v is string => typeof v === 'string' && v.length > 0);
  return parts.map(part =>
    isUrl(part) ? (
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
}

/**
 * The attestations and waivers of an entity and their audit trail.
 *
 * @public
 */
export function AuditList(props: AuditListProps) {
  const { attestations, waivers, audit, checkTitles, canWaive } = props;
  const [revoking, setRevoking] = useState<WaiverRecord>();
  const now = new Date();
  const title = (checkId: string) => checkTitles[checkId] ?? checkId;

  return (
    <div>
      <Typography variant="h6" component="h3">
        Attestations
      </Typography>
      {attestations.length === 0 ? (
        <Typography variant="body2" color="textSecondary" paragraph>
          No attestations yet.
        </Typography>
      ) : (
        <Table size="small" aria-label="Attestations">
          <TableHead>
            <TableRow>
              <TableCell>Check</TableCell>
              <TableCell>Evidence</TableCell>
              <TableCell>By</TableCell>
              <TableCell>Expires</TableCell>
              <TableCell>State</TableCell>
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
                <TableCell>{formatDate(a.expiresAt)}</TableCell>
                <TableCell>{recordState(a, now)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}

      <Typography variant="h6" component="h3" style={{ marginTop: 16 }}>
        Waivers
      </Typography>
      {waivers.length === 0 ? (
        <Typography variant="body2" color="textSecondary" paragraph>
          No waivers yet.
        </Typography>
      ) : (
        <Table size="small" aria-label="Waivers">
          <TableHead>
            <TableRow>
              <TableCell>Check</TableCell>
              <TableCell>Reason</TableCell>
              <TableCell>By</TableCell>
              <TableCell>Expires</TableCell>
              <TableCell>State</TableCell>
              {canWaive && (
                <TableCell>
                  <VisuallyHidden>Actions</VisuallyHidden>
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
                    {w.expiresAt ? formatDate(w.expiresAt) : 'Until revoked'}
                  </TableCell>
                  <TableCell>
                    {state}
                    {w.revokeReason ? ` (${w.revokeReason})` : ''}
                  </TableCell>
                  {canWaive && (
                    <TableCell>
                      {state === 'Active' && props.onRevokeWaiver && (
                        <Button
                          size="small"
                          onClick={() => setRevoking(w)}
                          aria-label={`Revoke waiver of ${title(w.checkId)}`}
                        >
                          Revoke
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
        Audit trail
      </Typography>
      {audit.length === 0 ? (
        <Typography variant="body2" color="textSecondary">
          Nothing recorded yet.
        </Typography>
      ) : (
        <List dense aria-label="Audit trail">
          {audit.map(entry => (
            <ListItem key={entry.id} disableGutters>
              <ListItemText
                primary={`${formatDateTime(entry.at)} · ${entry.actor} ${
                  entry.action
                } ${
                  entry.subject === 'attestation'
                    ? 'an attestation'
                    : 'a waiver'
                } of "${title(entry.checkId)}"`}
                secondary={detailsText(entry)}
              />
            </ListItem>
          ))}
        </List>
      )}

      {props.onRevokeWaiver && (
        <RevokeWaiverDialog
          waiver={revoking}
          checkTitle={revoking ? title(revoking.checkId) : undefined}
          onClose={() => setRevoking(undefined)}
          onRevoke={props.onRevokeWaiver}
        />
      )}
    </div>
  );
}
