import { screen } from '@testing-library/react';
import { renderInTestApp } from '@backstage/test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { InheritedAttestation } from './InheritedAttestation';

const mountedRoutes = {
  mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
};

describe('InheritedAttestation', () => {
  it('links the group and a web evidence URL', async () => {
    await renderInTestApp(
      <dl>
        <InheritedAttestation
          attestation={{
            groupRef: 'group:platform/sre',
            groupTitle: 'SRE',
            author: 'user:default/bo',
            attestedAt: '2024-05-02T00:00:00.000Z',
            validUntil: '2024-11-02T00:00:00.000Z',
            evidenceUrl: 'https://wiki.example.com/oncall',
          }}
        />
      </dl>,
      mountedRoutes,
    );
    expect(screen.getByRole('link', { name: 'SRE' })).toHaveAttribute(
      'href',
      '/catalog/platform/group/sre',
    );
    expect(
      screen.getByText(
        'By user:default/bo on May 2, 2024, expires Nov 2, 2024',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'https://wiki.example.com/oncall' }),
    ).toBeInTheDocument();
  });

  it('shows evidence that is not a web URL as text, and missing fields as dashes', async () => {
    await renderInTestApp(
      <dl>
        <InheritedAttestation
          attestation={{
            groupRef: 'group:default/payments',
            evidenceUrl: 'file://share/oncall.pdf',
          }}
        />
      </dl>,
      mountedRoutes,
    );
    expect(
      screen.getByText('Evidence: file://share/oncall.pdf'),
    ).toBeInTheDocument();
    expect(screen.getByText('By – on –, expires –')).toBeInTheDocument();
    expect(screen.getAllByRole('link')).toHaveLength(1);
  });
});
