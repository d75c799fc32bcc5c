import { parseModelYaml } from '@devops-maturity/plugin-maturity-common';
import fs from 'fs';
import { defaultModelPath } from './loadModels';
import { ModelRegistry } from './ModelRegistry';

const text = fs
  .readFileSync(defaultModelPath(), 'utf8')
  .replace(
    /^title: (.*)$/m,
    (_, title) => `title: { en: "${title}", zh-CN: 模型 }`,
  );

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
    expect(zh.model.title).toBe('模型');
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
    expect(models.get().model.title).not.toBe('模型');
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
