import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
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

  describe('revoking attestations', () => {
    const future = '2999-01-01T00:00:00.000Z';
    const attestations = [
      {
        ...base,
        id: 'a-mine',
        checkId: 'dr',
        evidenceUrl: 'https://wiki.example.com/dr',
        expiresAt: future,
      },
      {
        ...base,
        id: 'a-other',
        checkId: 'runbook',
        author: 'user:default/bo',
        evidenceUrl: 'https://wiki.example.com/runbook',
        expiresAt: future,
      },
      {
        ...base,
        id: 'a-revoked',
        checkId: 'slo',
        evidenceUrl: 'https://wiki.example.com/slo',
        expiresAt: future,
        revokedAt: '2024-02-01T00:00:00.000Z',
        revokeReason: 'wrong evidence',
      },
    ];
    const checkTitles = {
      dr: 'DR drill done',
      runbook: 'Runbooks exist',
      slo: 'SLOs defined',
    };

    it('offers Revoke on the active attestations the user may revoke', async () => {
      const onRevokeAttestation = jest.fn(async () => {});
      await renderInTestApp(
        <AuditList
          attestations={attestations}
          waivers={[]}
          audit={[]}
          checkTitles={checkTitles}
          canRevokeAttestation={a => a.author === 'user:default/ana'}
          onRevokeAttestation={onRevokeAttestation}
        />,
      );
      const table = screen.getByRole('table', { name: 'Attestations' });
      expect(
        within(table).getByText('Revoked (wrong evidence)'),
      ).toBeInTheDocument();
      expect(
        within(table)
          .getAllByRole('button')
          .map(b => b.getAttribute('aria-label')),
      ).toEqual(['Revoke attestation of DR drill done']);

      await userEvent.click(
        within(table).getByRole('button', {
          name: 'Revoke attestation of DR drill done',
        }),
      );
      const dialog = screen.getByRole('dialog', { name: 'Revoke attestation' });
      expect(dialog).toHaveTextContent('DR drill done');
      await userEvent.type(
        within(dialog).getByRole('textbox', { name: 'Reason' }),
        'drill not done',
      );
      await userEvent.click(
        within(dialog).getByRole('button', { name: 'Revoke' }),
      );
      await waitFor(() =>
        expect(onRevokeAttestation).toHaveBeenCalledWith(
          attestations[0],
          'drill not done',
        ),
      );
      await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    });

    it('hides Revoke without permission', async () => {
      await renderInTestApp(
        <AuditList
          attestations={attestations}
          waivers={[]}
          audit={[]}
          checkTitles={checkTitles}
          canRevokeAttestation={() => false}
          onRevokeAttestation={jest.fn()}
        />,
      );
      const table = screen.getByRole('table', { name: 'Attestations' });
      expect(within(table).queryByRole('button')).toBeNull();
      expect(within(table).queryByText('Actions')).toBeNull();
    });

    it('hides Revoke without a revoke handler', async () => {
      await renderInTestApp(
        <AuditList
          attestations={attestations}
          waivers={[]}
          audit={[]}
          checkTitles={checkTitles}
          canRevokeAttestation={() => true}
        />,
      );
      expect(screen.queryByRole('button', { name: /Revoke/ })).toBeNull();
    });
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
