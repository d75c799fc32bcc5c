import { act, screen, waitFor, within } from '@testing-library/react';
import userEventApi from '@testing-library/user-event';
import { fakeMaturityApi, notFoundError } from '../../__testUtils__/fakes';
import { scorecard } from '../../__testUtils__/fixtures';
import { ALL_PERMISSIONS, renderWithApis } from '../../__testUtils__/render';
import { useTeamScorecard } from '../../hooks/useTeamScorecard';
import { TeamScorecard } from './TeamScorecard';

/** The team card of a group, loading its own data as the group tab does. */
function Team(props: { groupRef: string }) {
  return <TeamScorecard team={useTeamScorecard(props.groupRef)} />;
}

jest.setTimeout(30_000);

const userEvent = userEventApi.setup({ delay: null });

const groupRef = 'group:default/payments';
const teamCard = { ...scorecard, entityRef: groupRef };

describe('TeamScorecard', () => {
  it("shows the group's own levels and applicable domains", async () => {
    const api = fakeMaturityApi({ getScorecard: async () => teamCard });
    await renderWithApis(<Team groupRef={groupRef} />, { api });
    expect(
      await screen.findByText("The team's own practices"),
    ).toBeInTheDocument();
    expect(api.getScorecard).toHaveBeenCalledWith(groupRef, {
      model: undefined,
    });
    expect(
      screen.getByText('Overall level (weakest domain)'),
    ).toBeInTheDocument();
    expect(screen.getByText('Platform Engineering')).toBeInTheDocument();
    // Domains no check applies to are left out.
    expect(screen.queryByText('Agile Development Management')).toBeNull();
  });

  it('attests a check on the group itself', async () => {
    // Permission decisions are cached per resource: a group of its own.
    const attestRef = 'group:default/team-attest';
    const api = fakeMaturityApi({
      getScorecard: async () => ({ ...teamCard, entityRef: attestRef }),
    });
    api.createAttestation.mockResolvedValue({} as any);
    await renderWithApis(<Team groupRef={attestRef} />, {
      api,
      allowed: ALL_PERMISSIONS,
    });
    await userEvent.click(await screen.findByText('Platform Engineering'));
    await userEvent.click(
      await screen.findByRole('button', {
        name: 'Attest Created from a golden path template',
      }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Attest check' });
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: /Evidence URL/ }),
      'https://wiki.example.com/team/retro',
    );
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Attest' }),
    );
    await waitFor(() =>
      expect(api.createAttestation).toHaveBeenCalledWith(
        expect.objectContaining({
          entityRef: attestRef,
          checkId: 'pe-golden-path',
          evidenceUrl: 'https://wiki.example.com/team/retro',
          model: 'caict-devops',
        }),
      ),
    );
    await waitFor(() => expect(api.getScorecard).toHaveBeenCalledTimes(2));
  });

  it('renders nothing when the group has no scorecard', async () => {
    const api = fakeMaturityApi({
      getScorecard: async () => Promise.reject(notFoundError()),
    });
    await renderWithApis(
      <div data-testid="host">
        <Team groupRef={groupRef} />
      </div>,
      { api },
    );
    await waitFor(() => expect(api.getScorecard).toHaveBeenCalled());
    await act(async () => {});
    expect(screen.getByTestId('host')).toBeEmptyDOMElement();
  });

  it('renders nothing when no check applies to the group', async () => {
    const api = fakeMaturityApi({
      getScorecard: async () => ({
        ...teamCard,
        domains: teamCard.domains.map(d => ({ ...d, applicable: false })),
      }),
    });
    await renderWithApis(
      <div data-testid="host">
        <Team groupRef={groupRef} />
      </div>,
      { api },
    );
    await waitFor(() => expect(api.getScorecard).toHaveBeenCalled());
    expect(screen.getByTestId('host')).toBeEmptyDOMElement();
  });

  it('shows other errors', async () => {
    const api = fakeMaturityApi({
      getScorecard: async () => Promise.reject(new Error('boom')),
    });
    await renderWithApis(<Team groupRef={groupRef} />, { api });
    expect(
      await screen.findByText(/Could not load the team's own scorecard/),
    ).toBeInTheDocument();
  });

  it('speaks Simplified Chinese', async () => {
    const api = fakeMaturityApi({ getScorecard: async () => teamCard });
    await renderWithApis(<Team groupRef={groupRef} />, {
      api,
      language: 'zh-CN',
    });
    expect(await screen.findByText('团队自身实践')).toBeInTheDocument();
  });
});
