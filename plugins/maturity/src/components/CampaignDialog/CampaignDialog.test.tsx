import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEventApi from '@testing-library/user-event';
import { campaign } from '../../__testUtils__/campaignFixtures';
import { fakeMaturityApi } from '../../__testUtils__/fakes';
import { modelList } from '../../__testUtils__/fixtures';
import { renderWithApis } from '../../__testUtils__/render';
import type { MaturityApi } from '../../api/MaturityApi';
import { CampaignDialog } from './CampaignDialog';

const userEvent = userEventApi.setup({ delay: null });

jest.setTimeout(30_000);

/** A ResponseError as the client throws it for a backend error. */
function responseError(statusCode: number, message: string): Error {
  return Object.assign(new Error(`Request failed with ${statusCode}`), {
    name: 'ResponseError',
    statusCode,
    cause: {
      name: statusCode === 400 ? 'InputError' : 'ConflictError',
      message,
    },
  });
}

async function renderDialog(
  overrides: Partial<MaturityApi> = {},
  props: { campaign?: typeof campaign } = {},
) {
  const api = fakeMaturityApi({
    createCampaign: async input => ({
      campaign: { ...campaign, ...input, id: 'new-one' } as any,
      warnings: [],
    }),
    ...overrides,
  });
  const onSaved = jest.fn();
  const onClose = jest.fn();
  await renderWithApis(
    <CampaignDialog
      open
      campaign={props.campaign}
      models={modelList.items}
      defaultModelId="caict-devops"
      onClose={onClose}
      onSaved={onSaved}
    />,
    { api },
  );
  const dialog = screen.getByRole('dialog', {
    name: props.campaign ? 'Edit campaign' : 'New campaign',
  });
  return { api, onSaved, onClose, dialog };
}

async function select(dialog: HTMLElement, label: RegExp, option: string) {
  await userEvent.click(within(dialog).getByRole('button', { name: label }));
  await userEvent.click(await screen.findByRole('option', { name: option }));
}

async function fillRequired(dialog: HTMLElement) {
  await userEvent.type(
    within(dialog).getByRole('textbox', { name: /^Title/ }),
    'SRE L3 for payments',
  );
  await userEvent.type(
    within(dialog).getByRole('textbox', { name: /^Owner/ }),
    'group:default/platform',
  );
  fireEvent.change(within(dialog).getByLabelText(/Start date/), {
    target: { value: '2026-12-01' },
  });
  fireEvent.change(within(dialog).getByLabelText(/Target date/), {
    target: { value: '2027-03-31' },
  });
}

describe('CampaignDialog', () => {
  it('shows the required fields and does not submit', async () => {
    const { api, dialog } = await renderDialog();
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Create' }),
    );
    expect(within(dialog).getAllByText('Required')).toHaveLength(4);
    expect(api.createCampaign).not.toHaveBeenCalled();
  });

  it('rejects a target date not after the start and a domain twice, then creates', async () => {
    const { api, dialog, onSaved } = await renderDialog();
    await fillRequired(dialog);
    fireEvent.change(within(dialog).getByLabelText(/Target date/), {
      target: { value: '2026-11-30' },
    });
    await select(dialog, /Domain of target 1/, 'Site Reliability Engineering');
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Add target' }),
    );
    await select(dialog, /Domain of target 2/, 'Site Reliability Engineering');
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Create' }),
    );
    expect(
      within(dialog).getByText('The target date must be after the start date'),
    ).toBeInTheDocument();
    expect(
      within(dialog).getByText('Each domain may have one target only'),
    ).toBeInTheDocument();
    expect(api.createCampaign).not.toHaveBeenCalled();

    // Errors follow the fields once shown.
    fireEvent.change(within(dialog).getByLabelText(/Target date/), {
      target: { value: '2027-03-31' },
    });
    await select(dialog, /Level of target 2/, 'L2');
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Remove target 2' }),
    );
    expect(
      within(dialog).queryByText('Each domain may have one target only'),
    ).toBeNull();
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: /Teams in scope/ }),
      'group:default/payments, group:default/cards',
    );
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: /Kinds/ }),
      'component',
    );
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Create' }),
    );

    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(api.createCampaign).toHaveBeenCalledWith({
      title: 'SRE L3 for payments',
      owner: 'group:default/platform',
      modelId: 'caict-devops',
      targets: [{ domain: 'sre', level: 3 }],
      scope: {
        groups: ['group:default/payments', 'group:default/cards'],
        filter: { $all: [{ kind: { $in: ['component'] } }] },
      },
      startDate: '2026-12-01',
      targetDate: '2027-03-31',
      state: 'active',
    });
  });

  it('shows a server 400 verbatim on the field it names', async () => {
    const { dialog, onSaved } = await renderDialog({
      createCampaign: async () =>
        Promise.reject(
          responseError(
            400,
            'targets[0].domain: unknown domain "overall" of model "caict-devops"',
          ),
        ),
    });
    await fillRequired(dialog);
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Create' }),
    );
    const domain = within(dialog).getByRole('button', {
      name: /Domain of target 1/,
    });
    expect(
      await within(dialog).findByText(
        'targets[0].domain: unknown domain "overall" of model "caict-devops"',
      ),
    ).toBeInTheDocument();
    expect(domain.closest('.MuiFormControl-root')).toHaveTextContent(
      'unknown domain "overall"',
    );
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('shows other server errors in the dialog', async () => {
    const { dialog } = await renderDialog({
      createCampaign: async () =>
        Promise.reject(responseError(409, 'Campaign "sre-l3" already exists')),
    });
    await fillRequired(dialog);
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Create' }),
    );
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Campaign "sre-l3" already exists',
    );
  });

  it('edits a campaign with its values and puts it', async () => {
    const updateCampaign = jest.fn(async (_id: string, input: any) => ({
      campaign: { ...campaign, ...input },
      warnings: ['scope matches no entity'],
    }));
    const { dialog, onSaved } = await renderDialog(
      { updateCampaign },
      { campaign },
    );
    expect(within(dialog).getByRole('textbox', { name: /^Title/ })).toHaveValue(
      'SRE L3 for payments',
    );
    expect(
      within(dialog).getByRole('textbox', { name: /Teams in scope/ }),
    ).toHaveValue('group:default/payments');
    fireEvent.change(within(dialog).getByLabelText(/Target date/), {
      target: { value: '2027-06-30' },
    });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(updateCampaign).toHaveBeenCalledWith('sre-l3-2027', {
      title: campaign.title,
      description: campaign.description,
      owner: campaign.owner,
      modelId: campaign.modelId,
      targets: campaign.targets,
      scope: campaign.scope,
      startDate: campaign.startDate,
      targetDate: '2027-06-30',
      state: 'active',
    });
  });
});
