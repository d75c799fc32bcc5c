import { englishMessages } from './translate';
import zhCN from './zh-CN';
import { maturityTranslations } from './resource';

function placeholders(message: string): string[] {
  return [...message.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map(m => m[1]).sort();
}

describe('zh-CN messages', () => {
  const zh: Record<string, string | null> = zhCN.messages;

  it('translate every key of the ref, and no other', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(englishMessages).sort());
  });

  it('use the same placeholders as the English messages', () => {
    const differing = Object.entries(englishMessages)
      .filter(([key, en]) => {
        const translated = zh[key];
        return (
          typeof translated !== 'string' ||
          placeholders(translated).join() !== placeholders(en).join()
        );
      })
      .map(([key]) => key);
    expect(differing).toEqual([]);
  });

  it('leave no message empty', () => {
    expect(Object.entries(zh).filter(([, text]) => !text?.trim())).toEqual([]);
  });

  it('name the levels with the terms of the CAICT standard', () => {
    expect([1, 2, 3, 4, 5].map(level => zh[`level.title${level}`])).toEqual([
      '初始级',
      '基础级',
      '全面级',
      '优秀级',
      '卓越级',
    ]);
  });

  it('are offered lazily as the zh-CN resource of the ref', async () => {
    // The resource's internal shape (version v1), read to check the wiring.
    const { id, resources } = maturityTranslations as unknown as {
      id: string;
      resources: Array<{
        language: string;
        loader: () => Promise<{ messages: unknown }>;
      }>;
    };
    expect(id).toBe('maturity');
    expect(resources.map(r => r.language)).toEqual(['zh-CN']);
    expect((await resources[0].loader()).messages).toEqual(zhCN.messages);
  });
});
