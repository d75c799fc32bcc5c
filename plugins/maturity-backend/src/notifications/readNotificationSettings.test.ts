import { ConfigReader } from '@backstage/config';
import { readNotificationSettings } from './readNotificationSettings';

describe('readNotificationSettings', () => {
  it('switches every kind on by default', () => {
    expect(readNotificationSettings(new ConfigReader({}))).toEqual({
      levelRegression: true,
      campaignStart: true,
      campaignReminder: true,
      campaignEnd: true,
    });
  });

  it('switches off the kinds set to false', () => {
    const config = new ConfigReader({
      maturity: {
        notifications: { levelRegression: false, campaignEnd: false },
      },
    });
    expect(readNotificationSettings(config)).toEqual({
      levelRegression: false,
      campaignStart: true,
      campaignReminder: true,
      campaignEnd: false,
    });
  });

  it('rejects a value that is not a boolean', () => {
    const config = new ConfigReader({
      maturity: { notifications: { campaignStart: 'nope' } },
    });
    expect(() => readNotificationSettings(config)).toThrow(
      /maturity\.notifications\.campaignStart/,
    );
  });
});
