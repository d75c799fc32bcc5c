import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderInTestApp } from '@backstage/test-utils';
import { RevokeWaiverDialog } from './RevokeWaiverDialog';

const waiver = {
  id: 'w1',
  entityRef: 'component:default/x',
  checkId: 'sre-slo',
  reason: 'legacy',
  author: 'user:default/bo',
  createdAt: '2024-01-01T00:00:00.000Z',
};

describe('RevokeWaiverDialog', () => {
  it('revokes with an optional reason', async () => {
    const onRevoke = jest.fn(async () => {});
    const onClose = jest.fn();
    await renderInTestApp(
      <RevokeWaiverDialog
        waiver={waiver}
        checkTitle="SLOs are defined"
        onClose={onClose}
        onRevoke={onRevoke}
      />,
    );
    expect(screen.getByText('SLOs are defined')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Revoke' }));
    await waitFor(() =>
      expect(onRevoke).toHaveBeenCalledWith(waiver, undefined),
    );
    expect(onClose).toHaveBeenCalled();
  });

  it('shows failures', async () => {
    await renderInTestApp(
      <RevokeWaiverDialog
        waiver={waiver}
        onClose={jest.fn()}
        onRevoke={async () => Promise.reject(new Error('already revoked'))}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Revoke' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'already revoked',
    );
  });

  it('is closed without a waiver', async () => {
    await renderInTestApp(
      <RevokeWaiverDialog onClose={jest.fn()} onRevoke={jest.fn()} />,
    );
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
