import { formatEntityProblem } from './entityProblems';
import { validateEntity } from './validateEntity';

const component = (overrides: Record<string, unknown> = {}) => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'payments' },
  spec: { type: 'service', lifecycle: 'production', owner: 'team-a' },
  ...overrides,
});

const messages = async (value: unknown) =>
  (await validateEntity(value)).map(formatEntityProblem);

describe('validateEntity', () => {
  it('accepts a valid entity of a built-in kind and one of a custom kind', async () => {
    expect(await validateEntity(component())).toEqual([]);
    expect(
      await validateEntity({
        apiVersion: 'example.com/v1',
        kind: 'Template',
        metadata: { name: 'x' },
        spec: { anything: 1 },
      }),
    ).toEqual([]);
  });

  it('says a kind that is not a string must be one, rather than missing', async () => {
    expect(await messages(component({ kind: 123 }))).toEqual([
      'kind: must be a string, got number',
    ]);
    expect(await messages(component({ kind: undefined }))).toEqual([
      'kind: is required',
    ]);
  });

  it('rejects names, namespaces and tags the catalog rejects, every one with its path', async () => {
    const problems = await messages(
      component({
        metadata: {
          name: 'Foo Bar',
          namespace: 'Payments',
          tags: ['ok', 'Not OK'],
        },
      }),
    );
    expect(problems).toEqual([
      expect.stringMatching(/^metadata\.name: "Foo Bar" is not a valid name: /),
      expect.stringMatching(
        /^metadata\.namespace: "Payments" is not a valid namespace: /,
      ),
      expect.stringMatching(
        /^metadata\.tags\[1\]: "Not OK" is not a valid tag/,
      ),
    ]);
  });

  it('rejects invalid annotation keys and values not strings, marking the key', async () => {
    const problems = await validateEntity(
      component({
        metadata: {
          name: 'payments',
          annotations: {
            'bad key!': 'x',
            'backstage.io/techdocs-ref': 42,
            'example.com/fine': 'yes',
          },
        },
      }),
    );
    expect(problems).toEqual([
      {
        path: ['metadata', 'annotations', 'bad key!'],
        message: expect.stringContaining(
          '"bad key!" is not a valid annotation key',
        ),
        atKey: true,
      },
      {
        path: ['metadata', 'annotations', 'backstage.io/techdocs-ref'],
        message: 'must be a string, got number',
      },
    ]);
    expect(formatEntityProblem(problems[1])).toBe(
      "metadata.annotations['backstage.io/techdocs-ref']: must be a string, got number",
    );
  });

  it('rejects fields the catalog does not accept at the root, and bad links', async () => {
    expect(
      await messages(
        component({
          status: {},
          metadata: { name: 'x', links: [{ url: 'not a url' }] },
        }),
      ),
    ).toEqual([
      expect.stringMatching(/^status: is not a field of an entity/),
      expect.stringMatching(
        /^metadata\.links\[0\]\.url: "not a url" is not a valid URL/,
      ),
    ]);
  });

  it("checks the built-in kind's schema: required spec fields and their types", async () => {
    expect(
      await validateEntity(
        component({ spec: { type: 'service', owner: 'x' } }),
      ),
    ).toEqual([
      {
        path: ['spec', 'lifecycle'],
        message: 'is required for kind Component',
      },
    ]);
    expect(
      await messages(
        component({ spec: { type: 'service', lifecycle: 1, owner: 'x' } }),
      ),
    ).toEqual([expect.stringMatching(/^spec\.lifecycle: must be string/)]);
  });

  it('checks the metadata schema (a title that is not a string)', async () => {
    expect(
      await messages(component({ metadata: { name: 'x', title: 5 } })),
    ).toEqual([expect.stringMatching(/^metadata\.title: must be string/)]);
  });

  it('rejects a built-in kind misspelled in case and a foreign apiVersion of a built-in kind', async () => {
    expect(await messages(component({ kind: 'component' }))).toEqual([
      '"component" is not a kind the catalog knows: the built-in kind is spelled Component'.replace(
        /^/,
        'kind: ',
      ),
    ]);
    expect(await messages(component({ apiVersion: 'example.com/v9' }))).toEqual(
      [
        expect.stringMatching(
          /^apiVersion: "example.com\/v9" is not an apiVersion of the built-in kind Component/,
        ),
      ],
    );
  });

  it('rejects what is not a mapping, and metadata or spec that are not mappings', async () => {
    expect(await messages([1])).toEqual([
      expect.stringMatching(/^an entity must be a mapping .* got a list$/),
    ]);
    expect(await messages(component({ metadata: 'x', spec: [] }))).toEqual([
      'metadata: must be a mapping, got string',
      'spec: must be a mapping, got a list',
    ]);
  });
});
