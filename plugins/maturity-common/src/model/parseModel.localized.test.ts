import { parseModelObject, parseModelYaml } from './parseModel';
import { parse as parseYaml } from 'yaml';
import { compileModel } from '../engine/compileModel';
import { localizeModel, resolveModelLanguage } from './localizeModel';
import { formatModelProblems } from './problems';

const MODEL = `id: bilingual
title: { en: Bilingual model, zh-CN: 双语模型 }
version: "1"
defaultLanguage: en
languages: [en, zh-CN]
levels:
  - { level: 1, title: { en: Initial, zh-CN: 初始级 } }
  - { level: 2, title: { en: Foundation, zh-CN: 基础级 } }
  - { level: 3, title: { en: Comprehensive, zh-CN: 全面级 } }
  - { level: 4, title: { en: Excellent, zh-CN: 优秀级 } }
  - { level: 5, title: { en: Outstanding, zh-CN: 卓越级 } }
domains:
  - id: cd
    title: { en: Continuous Delivery, zh-CN: 持续交付 }
    part: { en: Continuous Delivery, zh-CN: 持续交付 }
    capabilities:
      - id: cd-deploy
        title: { en: Deployment, zh: 部署 }
        checks:
          - id: cd-on-demand
            title: { en: Deploys on demand, zh-CN: 按需部署 }
            level: 2
            rule:
              fact: techInsights.dora.deploymentsPerWeek
              operator: gte
              value: 1
              label: { en: deployments per week, zh-CN: 每周部署次数 }
            remediation:
              markdown: { en: Deploy more often., zh-CN: 更频繁地部署。 }
              links:
                - { title: { en: Guide, zh-CN: 指南 }, url: "https://example.com/guide" }
          - id: cd-drill
            title: { en: Rollback drill, zh-CN: 回滚演练 }
            level: 3
            attestation:
              evidence: { en: Drill report, zh-CN: 演练报告 }
              validForDays: 365
            remediation:
              markdown: { en: Drill., zh-CN: 演练。 }
`;

function parsed(text = MODEL) {
  const result = parseModelYaml(text, { source: 'model.yaml' });
  if (!result.model) throw new Error(formatModelProblems(result.problems));
  return result;
}

describe('localized model texts', () => {
  it('returns the default-language model, keeping every language aside', () => {
    const { model, localized, warnings } = parsed();
    expect(model.title).toBe('Bilingual model');
    expect(model.levels.map(l => l.title)).toEqual([
      'Initial',
      'Foundation',
      'Comprehensive',
      'Excellent',
      'Outstanding',
    ]);
    expect(model.domains[0].capabilities[0].checks[0].rule).toMatchObject({
      label: 'deployments per week',
    });
    expect(localized.defaultLanguage).toBe('en');
    expect(localized.languages).toEqual(['en', 'zh-CN']);
    expect(localized.translations.get('domains[0].title')).toEqual({
      en: 'Continuous Delivery',
      'zh-CN': '持续交付',
    });
    // The capability title has `zh`, not the declared `zh-CN`.
    expect(warnings.map(w => [w.path, w.severity])).toEqual([
      ['domains[0].capabilities[0].title', 'warning'],
      ['domains[0].capabilities[0].title.zh', 'warning'],
    ]);
  });

  it('localizes the labels of conditions under first', () => {
    const text = MODEL.replace(
      `            rule:
              fact: techInsights.dora.deploymentsPerWeek`,
      `            rule:
              first:
                - fact: pushed.ci.deploymentsPerWeek
                  operator: gte
                  value: 1
                  label: { en: deployments per week pushed from CI, zh-CN: CI 推送的每周部署次数 }
                - fact: techInsights.dora.deploymentsPerWeek`,
    ).replace(
      `              operator: gte
              value: 1
              label: { en: deployments per week, zh-CN: 每周部署次数 }`,
      `                  operator: gte
                  value: 1
                  label: { en: deployments per week, zh-CN: 每周部署次数 }`,
    );
    const { model, localized } = parsed(text);
    const labels = (m: typeof model) =>
      (m.domains[0].capabilities[0].checks[0].rule as any).first.map(
        (c: { label: string }) => c.label,
      );
    expect(labels(model)).toEqual([
      'deployments per week pushed from CI',
      'deployments per week',
    ]);
    expect(labels(localizeModel(localized, 'zh-CN'))).toEqual([
      'CI 推送的每周部署次数',
      '每周部署次数',
    ]);
  });

  it('localizes every text field, falling back to the default language', () => {
    const { localized, model } = parsed();
    const zh = localizeModel(localized, 'zh-CN');
    expect(zh.title).toBe('双语模型');
    expect(zh.levels.map(l => l.title)).toEqual([
      '初始级',
      '基础级',
      '全面级',
      '优秀级',
      '卓越级',
    ]);
    const domain = zh.domains[0];
    expect([domain.title, domain.part]).toEqual(['持续交付', '持续交付']);
    // `zh` matches a request for `zh-CN`.
    expect(domain.capabilities[0].title).toBe('部署');
    const [onDemand, drill] = domain.capabilities[0].checks;
    expect(onDemand.title).toBe('按需部署');
    expect(onDemand.rule).toMatchObject({ label: '每周部署次数' });
    expect(onDemand.remediation).toEqual({
      markdown: '更频繁地部署。',
      links: [{ title: '指南', url: 'https://example.com/guide' }],
    });
    expect(drill.attestation).toEqual({
      evidence: '演练报告',
      validForDays: 365,
    });
    // The default-language model is untouched.
    expect(model.domains[0].title).toBe('Continuous Delivery');
    expect(localizeModel(localized, 'en')).toBe(model);
    expect(localizeModel(localized, 'fr').domains[0].title).toBe(
      'Continuous Delivery',
    );
  });

  it('matches related language tags', () => {
    const { localized } = parsed();
    expect(resolveModelLanguage(localized, ['zh'])).toBe('zh-CN');
    expect(resolveModelLanguage(localized, ['en-US'])).toBe('en');
    expect(resolveModelLanguage(localized, ['fr', 'zh-cn'])).toBe('zh-CN');
    expect(resolveModelLanguage(localized, ['fr'])).toBe('en');
    expect(localizeModel(localized, 'zh').levels[0].title).toBe('初始级');
  });

  it('reports a localized text without the default language, with its line', () => {
    const result = parseModelYaml(
      MODEL.replace(
        'title: { en: Continuous Delivery, zh-CN: 持续交付 }',
        'title: { zh-CN: 持续交付 }',
      ),
      { source: 'model.yaml' },
    );
    expect(result.model).toBeUndefined();
    expect(result.problems).toEqual([
      {
        path: 'domains[0].title',
        message: "missing the default language 'en'",
        line: 14,
        column: 12,
        source: 'model.yaml',
      },
    ]);
  });

  it('reports malformed language tags, empty texts and non-strings', () => {
    const result = parseModelYaml(
      MODEL.replace(
        'title: { en: Deploys on demand, zh-CN: 按需部署 }',
        'title: { en: Deploys on demand, zh_CN: 按需部署, fr: "", de: 3 }',
      ),
    );
    expect(
      result.problems.map(p => `${p.line} ${p.path}: ${p.message}`),
    ).toEqual([
      "21 domains[0].capabilities[0].checks[0].title.zh_CN: 'zh_CN' is not a BCP 47 language tag (e.g. en, zh-CN)",
      '21 domains[0].capabilities[0].checks[0].title.fr: must not be empty',
      '21 domains[0].capabilities[0].checks[0].title.de: expected a string, got number',
    ]);
  });

  it('checks defaultLanguage and languages', () => {
    const result = parseModelYaml(
      MODEL.replace('defaultLanguage: en', 'defaultLanguage: en_GB').replace(
        'languages: [en, zh-CN]',
        'languages: [zh-CN, "not a tag"]',
      ),
    );
    expect(result.problems.map(p => `${p.path}: ${p.message}`)).toEqual(
      expect.arrayContaining([
        `defaultLanguage: expected a BCP 47 language tag such as 'en' or 'zh-CN', got "en_GB"`,
        `languages[1]: expected a BCP 47 language tag such as 'en' or 'zh-CN', got "not a tag"`,
        "languages: the languages must include the default language 'en'",
      ]),
    );
    const undeclared = parseModelYaml(
      MODEL.replace('languages: [en, zh-CN]', 'languages: [zh-CN]'),
    );
    expect(undeclared.problems.map(p => p.message)).toEqual([
      "the languages must include the default language 'en'",
    ]);
    expect(
      undeclared.warnings.filter(w => w.message.startsWith("language 'en'")),
    ).toEqual([]);
  });

  it('uses the declared default language', () => {
    const { model, localized } = parsed(
      MODEL.replace('defaultLanguage: en', 'defaultLanguage: zh-CN').replace(
        'zh: 部署',
        'zh-CN: 部署',
      ),
    );
    expect(model.domains[0].title).toBe('持续交付');
    expect(localizeModel(localized, 'en').domains[0].title).toBe(
      'Continuous Delivery',
    );
  });

  it('warns about texts missing a declared language, not without languages', () => {
    const plain = MODEL.replace(
      'title: { en: Rollback drill, zh-CN: 回滚演练 }',
      'title: Rollback drill',
    );
    const result = parsed(plain);
    expect(result.warnings).toContainEqual({
      path: 'domains[0].capabilities[0].checks[1].title',
      message: "no 'zh-CN' text (the model declares languages en, zh-CN)",
      line: 33,
      column: 20,
      source: 'model.yaml',
      severity: 'warning',
    });
    expect(
      parsed(plain.replace('languages: [en, zh-CN]\n', '')).warnings,
    ).toEqual([]);
  });

  it('accepts localized texts in a plain object without changing it', () => {
    const value = {
      id: 'inline',
      title: { en: 'Inline', 'zh-CN': '内联' },
      version: '1',
      levels: [1, 2, 3, 4, 5].map(level => ({ level, title: `L${level}` })),
      domains: [
        {
          id: 'd',
          title: 'D',
          capabilities: [
            {
              id: 'c',
              title: 'C',
              checks: [
                {
                  id: 'k',
                  title: 'K',
                  level: 1,
                  attestation: { evidence: 'E', validForDays: 1 },
                  remediation: { markdown: 'M' },
                },
              ],
            },
          ],
        },
      ],
    };
    const result = parseModelObject(value);
    expect(result.model?.title).toBe('Inline');
    expect(value.title).toEqual({ en: 'Inline', 'zh-CN': '内联' });
    expect(localizeModel(result.localized!, 'zh-CN').title).toBe('内联');
    expect(result.localized!.languages).toEqual(['en', 'zh-CN']);
  });
});

describe('compileModel with localized texts', () => {
  it('compiles the default language, wherever the model comes from', () => {
    const raw = parseYaml(MODEL);
    const compiled = compileModel(raw);
    expect(compiled.model.domains[0].title).toBe('Continuous Delivery');
    expect(compiled.getCheck('cd-on-demand')?.check.rule).toMatchObject({
      label: 'deployments per week',
    });
  });
});
