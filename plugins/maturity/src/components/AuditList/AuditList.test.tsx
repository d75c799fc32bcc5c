import { screen, within } from '@testing-library/react';
import { renderInTestApp } from '@backstage/test-utils';
import { AuditList } from './AuditList';

const base = {
  entityRef: 'component:default/x',
  author: 'user:default/ana',
  createdAt: '2024-01-01T00:00:00.000Z',
};

describe('AuditList', () => {
  it('shows the state of attestations and waivers and the audit trail', async () => {
    await renderInTestApp(
      <AuditList
        attestations={[
          {
            ...base,
            id: 'a1',
            checkId: 'dr',
            evidenceUrl: 'https://wiki.example.com/dr',
            expiresAt: '2001-01-01T00:00:00.000Z',
          },
        ]}
        waivers={[
          {
            ...base,
            id: 'w1',
            checkId: 'slo',
            reason: 'legacy',
            revokedAt: '2024-02-01T00:00:00.000Z',
            revokeReason: 'fixed',
          },
        ]}
        audit={[
          {
            id: 'e1',
            entityRef: base.entityRef,
            checkId: 'dr',
            subject: 'attestation',
            subjectId: 'a1',
            action: 'created',
            actor: 'user:default/ana',
            at: '2024-01-01T00:00:00.000Z',
            details: { evidenceUrl: 'https://wiki.example.com/dr' },
          },
        ]}
        checkTitles={{ dr: 'DR drill done', slo: 'SLOs defined' }}
        canWaive
        onRevokeWaiver={jest.fn()}
      />,
    );
    const attestations = screen.getByRole('table', { name: 'Attestations' });
    expect(within(attestations).getByText('DR drill done')).toBeInTheDocument();
    expect(within(attestations).getByText('Expired')).toBeInTheDocument();
    const waivers = screen.getByRole('table', { name: 'Waivers' });
    expect(within(waivers).getByText('Revoked (fixed)')).toBeInTheDocument();
    expect(
      within(waivers).queryByRole('button', { name: /Revoke/ }),
    ).toBeNull();
    const audit = screen.getByRole('list', { name: 'Audit trail' });
    expect(audit).toHaveTextContent(
      'user:default/ana created an attestation of "DR drill done"',
    );
    expect(
      within(audit).getByRole('link', { name: 'https://wiki.example.com/dr' }),
    ).toBeInTheDocument();
  });

  it('shows empty states', async () => {
    await renderInTestApp(
      <AuditList attestations={[]} waivers={[]} audit={[]} checkTitles={{}} />,
    );
    expect(screen.getByText('No attestations yet.')).toBeInTheDocument();
    expect(screen.getByText('No waivers yet.')).toBeInTheDocument();
    expect(screen.getByText('Nothing recorded yet.')).toBeInTheDocument();
  });
});
