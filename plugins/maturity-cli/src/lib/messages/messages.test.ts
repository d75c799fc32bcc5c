import { ENTITY_PROFILES } from '@devops-maturity/plugin-maturity-common';
import { en } from './en';
import { zhCN } from './zhCN';
import { ENGLISH, messageLanguage, messagesFor, placeholdersOf } from './index';

describe('message catalogs', () => {
  it('have the same keys in English and Chinese', () => {
    expect(Object.keys(zhCN).sort()).toEqual(Object.keys(en).sort());
  });

  it('have the same placeholders in both languages', () => {
    for (const key of Object.keys(en) as Array<keyof typeof en>) {
      expect({ key, placeholders: placeholdersOf(zhCN[key]) }).toEqual({
        key,
        placeholders: placeholdersOf(en[key]),
      });
    }
  });

  it('have a count in every form of a counted message', () => {
    for (const key of Object.keys(en).filter(k => /\.(one|other)$/.test(k))) {
      expect({
        key,
        hasCount: en[key as keyof typeof en].includes('{count}'),
      }).toEqual({ key, hasCount: true });
    }
  });

  it('name the entity profiles in English as the model description does', () => {
    for (const profile of ENTITY_PROFILES) {
      expect(ENGLISH.lookup(`describe.profile.${profile.id}`)).toBe(
        profile.title,
      );
      expect(
        messagesFor('zh-CN').lookup(`describe.profile.${profile.id}`),
      ).toBeDefined();
    }
  });
});

describe('messageLanguage', () => {
  it('reads zh, zh-CN and zh-Hans as Simplified Chinese', () => {
    for (const tag of [
      'zh',
      'zh-CN',
      'zh-cn',
      'zh-Hans',
      'zh-Hans-CN',
      'zh-SG',
    ])
      expect(messageLanguage(tag)).toBe('zh-CN');
  });

  it('falls back to English for anything else', () => {
    for (const tag of [
      undefined,
      'en',
      'en-US',
      'fr',
      'zh-TW',
      'zh-Hant',
      'ja',
    ])
      expect(messageLanguage(tag)).toBe('en');
  });
});

describe('messagesFor', () => {
  it('fills placeholders, picks the form of a count and looks up keys made at run time', () => {
    const zh = messagesFor('zh');
    expect(zh.text('table.model', { id: 'm', version: '1', title: 'T' })).toBe(
      '模型 m 1：T',
    );
    expect(ENGLISH.count('describe.checks', 1)).toBe('1 check');
    expect(ENGLISH.count('describe.checks', 2)).toBe('2 checks');
    expect(zh.count('level.nextNeeds', 2, { level: 3 })).toBe(
      '达到第 3 级还需 2 个检查项',
    );
    expect(ENGLISH.lookup('status.failed')).toBe('failed');
    expect(ENGLISH.lookup('toString')).toBeUndefined();
  });
});
