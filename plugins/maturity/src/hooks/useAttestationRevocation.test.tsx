import {
  alertApiRef,
  errorApiRef,
  identityApiRef,
} from '@backstage/core-plugin-api';
import { translationApiRef } from '@backstage/core-plugin-api/alpha';
import { mockApis, TestApiProvider } from '@backstage/test-utils';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { fakeMaturityApi } from '../__testUtils__/fakes';
import { maturityApiRef } from '../api/MaturityApi';
import type { AttestationRecord } from '../api/types';
import { useAttestationRevocation } from './useAttestationRevocation';

const entityRef = 'group:default/payments';

// The permission API's decisions are cached across tests by permission
// (maturity.admin has no resource); the decisions are given here instead.
const permissions = { canAttest: false, canWaive: false, canRefresh: false };
jest.mock('./useMaturityPermissions', () => ({
  useMaturityPermissions: (ref: string) => {
    expect(ref).toBe('group:default/payments');
    return permissions;
  },
}));

function attestation(id: string, author: string): AttestationRecord {
  return {
    id,
    entityRef,
    checkId: 'dr-drill',
    evidenceUrl: 'https://wiki.example.com/dr',
    author,
    createdAt: '2024-01-01T00:00:00.000Z',
    expiresAt: '2999-01-01T00:00:00.000Z',
  };
}

function setup(options: {
  canAttest?: boolean;
  isAdmin?: boolean;
  reevaluating?: number;
}) {
  permissions.canAttest = options.canAttest ?? false;
  permissions.canRefresh = options.isAdmin ?? false;
  const api = fakeMaturityApi({
    revokeAttestation: async id => ({
      ...attestation(id, 'user:default/ana'),
      revokedAt: '2024-02-01T00:00:00.000Z',
      reevaluating: options.reevaluating,
    }),
  });
  const alertApi = { post: jest.fn(), alert$: jest.fn() };
  const onRevoked = jest.fn();
  const { result } = renderHook(
    () => useAttestationRevocation(entityRef, onRevoked),
    {
      wrapper: ({ children }: { children?: ReactNode }) => (
        <TestApiProvider
          apis={[
            [maturityApiRef, api],
            [alertApiRef, alertApi],
            [translationApiRef, mockApis.translation()],
            [errorApiRef, { post: jest.fn(), error$: jest.fn() }],
            [
              identityApiRef,
              mockApis.identity({ userEntityRef: 'user:default/ana' }),
            ],
          ]}
        >
          {children}
        </TestApiProvider>
      ),
    },
  );
  return { api, alertApi, onRevoked, result };
}

describe('useAttestationRevocation', () => {
  it('lets the author revoke only their own attestations', async () => {
    const { result } = setup({});
    await waitFor(() =>
      expect(
        result.current.canRevoke(attestation('a1', 'user:default/ana')),
      ).toBe(true),
    );
    expect(result.current.canRevoke(attestation('a2', 'user:default/bo'))).toBe(
      false,
    );
  });

  it.each([
    ['who may attest on the entity', { canAttest: true }],
    ['who are admins', { isAdmin: true }],
  ])('lets users %s revoke any attestation', async (_, options) => {
    const { result } = setup(options);
    await waitFor(() =>
      expect(
        result.current.canRevoke(attestation('a2', 'user:default/bo')),
      ).toBe(true),
    );
  });

  it('revokes, tells how many entities are re-evaluated, then reloads', async () => {
    const { api, alertApi, onRevoked, result } = setup({ reevaluating: 3 });
    await act(() =>
      result.current.revoke(attestation('a1', 'user:default/ana'), 'wrong'),
    );
    expect(api.revokeAttestation).toHaveBeenCalledWith('a1', 'wrong');
    expect(alertApi.post).toHaveBeenCalledWith(
      expect.objectContaining({
        message: 'Attestation revoked; 3 entities are being re-evaluated.',
        severity: 'success',
      }),
    );
    expect(onRevoked).toHaveBeenCalled();
  });

  it('does not reload when the revocation fails', async () => {
    const { api, onRevoked, result } = setup({});
    api.revokeAttestation.mockRejectedValueOnce(new Error('forbidden'));
    await expect(
      result.current.revoke(attestation('a1', 'user:default/ana'), undefined),
    ).rejects.toThrow('forbidden');
    expect(onRevoked).not.toHaveBeenCalled();
  });
});
