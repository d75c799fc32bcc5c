import { parseModelYaml } from '@devops-maturity/plugin-maturity-common';
import fs from 'fs';
import { defaultModelPath } from './loadModels';
import { ModelRegistry } from './ModelRegistry';

// The default model is bilingual (en, zh-CN).
const text = fs.readFileSync(defaultModelPath(), 'utf8');
const ZH_TITLE =
  '中国信通院研发运营一体化（DevOps）能力成熟度模型（可基于软件目录自动评估的裁剪版）';

function registry() {
  const parsed = parseModelYaml(text);
  if (!parsed.localized) throw new Error('the default model is invalid');
  return new ModelRegistry([parsed.localized]);
}

describe('ModelRegistry languages', () => {
  it('serves the model in the best requested language, else its default', () => {
    const models = registry();
    const zh = models.inLanguage(undefined, ['fr', 'zh']);
    expect(zh.language).toBe('zh-CN');
    expect(zh.model.title).toBe(ZH_TITLE);
    const en = models.inLanguage('caict-devops', ['fr']);
    expect(en.language).toBe('en');
    expect(en.model).toBe(models.get().model);
  });

  it('builds each language once', () => {
    const models = registry();
    expect(models.inLanguage(undefined, ['zh-CN']).model).toBe(
      models.inLanguage(undefined, ['zh']).model,
    );
  });

  it('evaluates with the default-language model', () => {
    const models = registry();
    models.inLanguage(undefined, ['zh-CN']);
    expect(models.get().model.title).not.toBe(ZH_TITLE);
  });

  it('takes plain models, in their declared language', () => {
    const plain = { ...registry().get().model, defaultLanguage: 'zh-CN' };
    const models = new ModelRegistry([plain]);
    expect(models.languagesOf()).toEqual({
      defaultLanguage: 'zh-CN',
      languages: ['zh-CN'],
    });
    expect(models.inLanguage(undefined, ['en']).language).toBe('zh-CN');
  });
});
