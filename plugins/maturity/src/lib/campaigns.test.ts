import type { CampaignFormValues } from './campaigns';
import {
  buildScopeFilter,
  campaignToForm,
  daysLeftText,
  emptyCampaignForm,
  formToInput,
  parseScopeFilter,
  serverErrorField,
  targetsText,
  validateCampaignForm,
} from './campaigns';
import { campaign } from '../__testUtils__/campaignFixtures';

const domains = [{ id: 'sre', title: 'SRE' }];

function form(values: Partial<CampaignFormValues> = {}): CampaignFormValues {
  return {
    ...emptyCampaignForm('caict-devops'),
    title: 'SRE L3',
    owner: 'group:default/platform',
    startDate: '2026-12-01',
    targetDate: '2027-03-31',
    ...values,
  };
}

describe('campaign helpers', () => {
  it('names targets and the time left', () => {
    expect(targetsText(campaign.targets, domains)).toBe('SRE L3, Overall L2');
    expect(targetsText([{ domain: 'agile', level: 1 }], domains)).toBe(
      'agile L1',
    );
    expect(daysLeftText(1)).toBe('1 day left');
    expect(daysLeftText(12)).toBe('12 days left');
    expect(daysLeftText(0)).toBe('Due today');
    expect(daysLeftText(-3)).toBe('Overdue by 3 days');
  });

  it('builds the scope filter from the simple fields and reads it back', () => {
    const fields = {
      kinds: 'component, api',
      types: '',
      lifecycles: 'production',
      tags: 'pci,, pci',
    };
    const filter = buildScopeFilter(fields);
    expect(filter).toEqual({
      $all: [
        { kind: { $in: ['component', 'api'] } },
        { 'spec.lifecycle': { $in: ['production'] } },
        { 'metadata.tags': { $in: ['pci'] } },
      ],
    });
    expect(parseScopeFilter(filter)).toEqual({
      kinds: 'component, api',
      types: '',
      lifecycles: 'production',
      tags: 'pci',
    });
    expect(
      buildScopeFilter({ kinds: ' ', types: '', lifecycles: '', tags: '' }),
    ).toBeUndefined();
    expect(parseScopeFilter({ $any: [{ kind: 'api' }] })).toBeUndefined();
    expect(parseScopeFilter({ $all: [{ kind: 'api' }] })).toBeUndefined();
  });

  it('turns form values into the request body and back', () => {
    const values = campaignToForm(campaign);
    expect(values.groups).toBe('group:default/payments');
    expect(values.kinds).toBe('component');
    expect(values.advancedFilter).toBeUndefined();
    expect(formToInput(values)).toEqual({
      title: campaign.title,
      description: campaign.description,
      owner: campaign.owner,
      modelId: campaign.modelId,
      targets: campaign.targets,
      scope: campaign.scope,
      startDate: campaign.startDate,
      targetDate: campaign.targetDate,
      state: 'active',
    });
  });

  it('keeps a filter the simple fields cannot express', () => {
    const filter = { $not: { 'spec.lifecycle': 'experimental' } };
    const values = campaignToForm({ ...campaign, scope: { filter } });
    expect(values.advancedFilter).toEqual(filter);
    expect(formToInput(values).scope).toEqual({ filter });
  });

  it('validates as the server does', () => {
    expect(validateCampaignForm(form())).toEqual({});
    expect(
      validateCampaignForm(
        form({ title: ' ', owner: '', startDate: '', targetDate: '' }),
      ),
    ).toEqual({
      title: 'Required',
      owner: 'Required',
      startDate: 'Required',
      targetDate: 'Required',
    });
    expect(
      validateCampaignForm(
        form({ startDate: '2027-03-31', targetDate: '2027-03-31' }),
      ),
    ).toEqual({
      targetDate: 'The target date must be after the start date',
    });
    expect(validateCampaignForm(form({ startDate: '2027-02-30' }))).toEqual({
      startDate: 'Enter a date as YYYY-MM-DD',
    });
    expect(
      validateCampaignForm(
        form({
          targets: [
            { domain: 'sre', level: '3' },
            { domain: 'sre', level: '6' },
          ],
        }),
      ),
    ).toEqual({
      'targets[1].domain': 'Each domain may have one target only',
      'targets[1].level': 'The level must be from 1 to 5',
    });
    expect(validateCampaignForm(form({ targets: [] }))).toEqual({
      targets: 'Set at least one target',
    });
  });

  it('finds the field a server error names', () => {
    expect(serverErrorField('targets[1].level: must be 1..5')).toBe(
      'targets[1].level',
    );
    expect(
      serverErrorField('targetDate: must be after startDate (2027-01-01)'),
    ).toBe('targetDate');
    expect(serverErrorField('modelId: unknown model "x"')).toBe('modelId');
    expect(serverErrorField('scope.groups[0]: not a group ref')).toBe('groups');
    expect(serverErrorField('Campaign id exists')).toBeUndefined();
    expect(serverErrorField('id: already taken')).toBeUndefined();
  });
});
