import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEventApi from '@testing-library/user-event';
import { fakeMaturityApi } from '../../__testUtils__/fakes';
import { scorecard } from '../../__testUtils__/fixtures';
import { renderWithApis } from '../../__testUtils__/render';
import { domainChecks } from '../../lib/nextSteps';
import { toDateInputValue } from '../../lib/time';
import { AttestDialog } from './AttestDialog';

// Types without waiting between keystrokes.
const userEvent = userEventApi.setup({ delay: null });

jest.setTimeout(20_000);

const check = scorecard.domains
  .flatMap(domainChecks)
  .find(c => c.checkId === 'pe-golden-path')!;
const DAY = 24 * 3600 * 1000;

async function renderDialog() {
  const api = fakeMaturityApi({
    createAttestation: async request => ({
      id: 'a1',
      ...request,
      author: 'user:default/me',
      createdAt: new Date().toISOString(),
      expiresAt: request.expiresAt ?? '',
    }),
  });
  const onClose = jest.fn();
  const onSubmitted = jest.fn();
  await renderWithApis(
    <AttestDialog
      open
      entityRef="component:default/x"
      modelId="caict-devops"
      check={check}
      onClose={onClose}
      onSubmitted={onSubmitted}
    />,
    { api },
  );
  const dialog = screen.getByRole('dialog', { name: 'Attest check' });
  return { api, onClose, onSubmitted, dialog };
}

describe('AttestDialog', () => {
  it('limits the expiry to the check validity', async () => {
    const { api, dialog } = await renderDialog();
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: /Evidence URL/ }),
      'https://wiki.example.com/run',
    );
    const expiry = within(dialog).getByLabelText('Expires on');
    fireEvent.change(expiry, {
      target: { value: toDateInputValue(new Date(Date.now() + 400 * DAY)) },
    });
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Attest' }),
    );
    expect(
      within(dialog).getByText(
        'An attestation of this check is valid for 180 days at most',
      ),
    ).toBeInTheDocument();
    fireEvent.change(expiry, {
      target: { value: toDateInputValue(new Date()) },
    });
    expect(
      within(dialog).getByText('The expiry must be a future date'),
    ).toBeInTheDocument();
    expect(api.createAttestation).not.toHaveBeenCalled();
  });

  it('submits a valid attestation with its expiry', async () => {
    const { api, dialog, onClose, onSubmitted } = await renderDialog();
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: /Evidence URL/ }),
      'ftp://wiki.example.com/run',
    );
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Attest' }),
    );
    expect(
      within(dialog).getByText('The URL must start with https:// or http://'),
    ).toBeInTheDocument();
    const url = within(dialog).getByRole('textbox', { name: /Evidence URL/ });
    await userEvent.clear(url);
    await userEvent.type(url, 'https://wiki.example.com/run');
    const day = new Date(Date.now() + 30 * DAY);
    fireEvent.change(within(dialog).getByLabelText('Expires on'), {
      target: { value: toDateInputValue(day) },
    });
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Attest' }),
    );
    await waitFor(() => expect(onSubmitted).toHaveBeenCalled());
    const request = api.createAttestation.mock.calls[0][0];
    expect(request).toMatchObject({
      entityRef: 'component:default/x',
      checkId: 'pe-golden-path',
      evidenceUrl: 'https://wiki.example.com/run',
      model: 'caict-devops',
    });
    expect(toDateInputValue(new Date(request.expiresAt!))).toBe(
      toDateInputValue(day),
    );
    expect(onClose).toHaveBeenCalled();
  });
});
