import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderInTestApp } from '@backstage/test-utils';
import { RevokeDialog } from './RevokeDialog';

const waiver = {
  id: 'w1',
  entityRef: 'component:default/x',
  checkId: 'sre-slo',
  reason: 'legacy',
  author: 'user:default/bo',
  createdAt: '2024-01-01T00:00:00.000Z',
};

const attestation = {
  id: 'a1',
  entityRef: 'group:default/payments',
  checkId: 'dr-drill',
  evidenceUrl: 'https://wiki.example.com/dr',
  author: 'user:default/ana',
  createdAt: '2024-01-01T00:00:00.000Z',
  expiresAt: '2024-06-01T00:00:00.000Z',
};

describe('RevokeDialog', () => {
  it('revokes a waiver with an optional reason', async () => {
    const onRevoke = jest.fn(async () => {});
    const onClose = jest.fn();
    await renderInTestApp(
      <RevokeDialog
        kind="waiver"
        record={waiver}
        checkTitle="SLOs are defined"
        onClose={onClose}
        onRevoke={onRevoke}
      />,
    );
    expect(
      screen.getByRole('dialog', { name: 'Revoke waiver' }),
    ).toHaveTextContent('The check SLOs are defined counts again');
    await userEvent.click(screen.getByRole('button', { name: 'Revoke' }));
    await waitFor(() =>
      expect(onRevoke).toHaveBeenCalledWith(waiver, undefined),
    );
    expect(onClose).toHaveBeenCalled();
  });

  it('revokes an attestation with the reason given', async () => {
    const onRevoke = jest.fn(async () => {});
    await renderInTestApp(
      <RevokeDialog
        kind="attestation"
        record={attestation}
        checkTitle="DR drill done"
        onClose={jest.fn()}
        onRevoke={onRevoke}
      />,
    );
    const dialog = screen.getByRole('dialog', { name: 'Revoke attestation' });
    expect(dialog).toHaveTextContent(
      'The check DR drill done is no longer passed by this attestation',
    );
    await userEvent.type(
      screen.getByRole('textbox', { name: 'Reason' }),
      '  evidence was wrong ',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Revoke' }));
    await waitFor(() =>
      expect(onRevoke).toHaveBeenCalledWith(attestation, 'evidence was wrong'),
    );
  });

  it('shows failures', async () => {
    await renderInTestApp(
      <RevokeDialog
        kind="attestation"
        record={attestation}
        onClose={jest.fn()}
        onRevoke={async () => Promise.reject(new Error('already revoked'))}
      />,
    );
    expect(screen.getByRole('dialog')).toHaveTextContent('dr-drill');
    await userEvent.click(screen.getByRole('button', { name: 'Revoke' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'already revoked',
    );
  });

  it('is closed without a record', async () => {
    await renderInTestApp(
      <RevokeDialog kind="waiver" onClose={jest.fn()} onRevoke={jest.fn()} />,
    );
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
