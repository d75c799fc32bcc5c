import fs from 'fs';
import os from 'os';
import path from 'path';
import { baseCatalogFiles, readBase } from './readBase';

describe('readBase', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'maturity-base-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const report = (overrides: object = {}) => ({
    model: { id: 'small-model', title: 'Small', version: '1.0', file: 'm' },
    evaluatedAt: '2026-01-01T00:00:00.000Z',
    offline: true,
    domainId: null,
    entities: [
      {
        entityRef: 'component:default/a',
        level: 1,
        domains: [
          { domainId: 'sre', title: 'SRE', applicable: true, level: 2 },
          { domainId: 'cd', title: 'CD', applicable: false, level: null },
        ],
      },
    ],
    checks: {},
    problems: [],
    ...overrides,
  });
  const write = (name: string, content: string) => {
    const file = path.join(dir, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
    return file;
  };
  const evaluateCatalog = jest.fn(async (files: string[]) =>
    files.map(file => ({ entityRef: file, level: 1, domains: [] })),
  );
  const options = { files: [], modelId: 'small-model', evaluateCatalog };

  it('reads the levels of a JSON report, recognised by its content', async () => {
    const base = write('base.txt', JSON.stringify(report()));
    const read = await readBase({ ...options, base });
    expect(read.description).toEqual({
      path: base,
      form: 'report',
      evaluatedAt: '2026-01-01T00:00:00.000Z',
    });
    expect(read.levels).toEqual([
      {
        entityRef: 'component:default/a',
        level: 1,
        domains: [
          { domainId: 'sre', title: 'SRE', level: 2 },
          { domainId: 'cd', title: 'CD', level: null },
        ],
      },
    ]);
    expect(evaluateCatalog).not.toHaveBeenCalled();
  });

  it("takes the domain's level from a report of every domain with --domain", async () => {
    const base = write('base.json', JSON.stringify(report()));
    const read = await readBase({ ...options, base, domainId: 'sre' });
    expect(read.levels[0]).toMatchObject({
      level: 2,
      domains: [{ domainId: 'sre', level: 2 }],
    });
  });

  it('evaluates a catalog file, YAML or JSON that is not a report', async () => {
    const yaml = write('catalog-info.yaml', 'kind: Component\n');
    const json = write('entity.json', '{"kind": "Component"}');
    for (const base of [yaml, json]) {
      const read = await readBase({ ...options, base });
      expect(read.description).toEqual({ path: base, form: 'catalog' });
      expect(read.levels.map(l => l.entityRef)).toEqual([base]);
    }
  });

  it('reads the same catalog files of a base checkout, leaving out those it lacks', async () => {
    const cwd = write('head/x', '');
    write('base/catalog/a.yaml', 'kind: Component\n');
    const read = await readBase({
      ...options,
      base: path.join(dir, 'base'),
      files: ['catalog/a.yaml', 'catalog/new.yaml'],
      cwd: path.dirname(cwd),
    });
    expect(read.description.form).toBe('catalog');
    expect(read.levels.map(l => l.entityRef)).toEqual([
      path.join(dir, 'base', 'catalog', 'a.yaml'),
    ]);
  });

  it('fails with the problem and where it is', async () => {
    const cases: Array<[object, RegExp]> = [
      [
        report({ model: { id: 'other' } }),
        /the report is of model other, not small-model; levels of different models cannot be compared/,
      ],
      [
        report({ domainId: 'sre' }),
        /the report covers only domain sre \(made with --domain sre\)/,
      ],
      [
        report({
          entities: [
            { entityRef: 'component:default/a', level: 'x', domains: [] },
          ],
        }),
        /not a report of maturity evaluate --format json: entities\[0\]\.level must be a whole number or null$/,
      ],
      [
        report({
          entities: [{ entityRef: 'c:d/a', level: 1, domains: [{ level: 1 }] }],
        }),
        /entities\[0\]\.domains\[0\]\.domainId must be a non-empty string$/,
      ],
    ];
    for (const [value, message] of cases) {
      const base = write('bad.json', JSON.stringify(value));
      await expect(readBase({ ...options, base })).rejects.toThrow(message);
    }
    await expect(
      readBase({ ...options, base: path.join(dir, 'missing') }),
    ).rejects.toThrow(/^--base .*missing: no such file or directory$/);
  });
});

describe('baseCatalogFiles', () => {
  it('refuses a catalog file outside the working directory', () => {
    expect(() => baseCatalogFiles('base', ['../x.yaml'], '/work/repo')).toThrow(
      /--base base: \.\.\/x\.yaml is outside the working directory/,
    );
  });
});
