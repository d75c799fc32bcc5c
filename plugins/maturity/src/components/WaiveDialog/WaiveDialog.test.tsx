import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEventApi from '@testing-library/user-event';
import { fakeMaturityApi } from '../../__testUtils__/fakes';
import { scorecard } from '../../__testUtils__/fixtures';
import { renderWithApis } from '../../__testUtils__/render';
import { domainChecks } from '../../lib/nextSteps';
import { toDateInputValue } from '../../lib/time';
import { WaiveDialog } from './WaiveDialog';

// Types without waiting between keystrokes.
const userEvent = userEventApi.setup({ delay: null });

jest.setTimeout(20_000);

const check = scorecard.domains
  .flatMap(domainChecks)
  .find(c => c.checkId === 'sre-slo')!;

describe('WaiveDialog', () => {
  it('validates the reason and the expiry and submits', async () => {
    const api = fakeMaturityApi({ createWaiver: async () => ({} as any) });
    const onSubmitted = jest.fn();
    await renderWithApis(
      <WaiveDialog
        open
        entityRef="component:default/x"
        check={check}
        onClose={jest.fn()}
        onSubmitted={onSubmitted}
      />,
      { api },
    );
    const dialog = screen.getByRole('dialog', { name: 'Waive check' });
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Waive' }),
    );
    expect(
      within(dialog).getByText('Give a reason of at least 3 characters'),
    ).toBeInTheDocument();

    await userEvent.type(
      within(dialog).getByRole('textbox', { name: /Reason/ }),
      '  No users  ',
    );
    const expiry = within(dialog).getByLabelText('Expires on');
    fireEvent.change(expiry, { target: { value: '2001-01-01' } });
    expect(
      within(dialog).getByText('The expiry must be a future date'),
    ).toBeInTheDocument();
    const future = new Date(Date.now() + 10 * 24 * 3600 * 1000);
    fireEvent.change(expiry, { target: { value: toDateInputValue(future) } });
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Waive' }),
    );

    await waitFor(() => expect(onSubmitted).toHaveBeenCalled());
    const request = api.createWaiver.mock.calls[0][0];
    expect(request).toMatchObject({
      entityRef: 'component:default/x',
      checkId: 'sre-slo',
      reason: 'No users',
    });
    expect(toDateInputValue(new Date(request.expiresAt!))).toBe(
      toDateInputValue(future),
    );
  });

  it('shows backend errors', async () => {
    const api = fakeMaturityApi({
      createWaiver: async () =>
        Promise.reject(
          Object.assign(new Error('Request failed with 403'), {
            cause: { message: 'Not allowed: maturity.waiver.manage' },
          }),
        ),
    });
    await renderWithApis(
      <WaiveDialog
        open
        entityRef="component:default/x"
        check={check}
        onClose={jest.fn()}
        onSubmitted={jest.fn()}
      />,
      { api },
    );
    const dialog = screen.getByRole('dialog');
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: /Reason/ }),
      'legacy',
    );
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Waive' }),
    );
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Not allowed: maturity.waiver.manage',
    );
  });
});
