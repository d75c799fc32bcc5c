import { decodeCheckDocument, serializeChecks } from './checkDocument';
import { diffEvaluation, StoredEvaluation } from './diffEvaluation';
import { evaluation } from './__testUtils__/fixtures';

const T1 = '2026-01-01T00:00:00.000Z';
const T2 = '2026-01-02T00:00:00.000Z';

const write = (overrides: Partial<Parameters<typeof evaluation>[0]> = {}) =>
  evaluation({
    entityRef: 'component:default/a',
    ownerRef: 'group:default/team',
    level: 1,
    domains: { build: 1, test: null },
    checks: [
      { checkId: 'c1', value: { b: 1, a: [1, 2] } },
      { checkId: 'c2', status: 'failed' },
    ],
    ...overrides,
  });

/** What the store holds after writing `w` at T1 into an empty store. */
function storedAfter(w: ReturnType<typeof write>): StoredEvaluation {
  const diff = diffEvaluation(w, { domains: new Map(), checks: new Map() }, T1);
  return {
    entity: diff.entity,
    domains: new Map(diff.domains.map(d => [d.domain_id, d])),
    checks: new Map(documentOf(diff).map(c => [c.checkId, c])),
  };
}

function documentOf(diff: ReturnType<typeof diffEvaluation>) {
  const checks = diff.checks
    ? decodeCheckDocument(diff.checks.checks.toString())
    : [];
  return checks.sort((a, b) => a.checkId.localeCompare(b.checkId));
}

describe('diffEvaluation', () => {
  it('writes everything for a new entity, with history for levels only', () => {
    const diff = diffEvaluation(
      write(),
      { domains: new Map(), checks: new Map() },
      T1,
      'h',
    );
    expect(diff.changed).toBe(true);
    expect(diff.entity).toMatchObject({
      level: 1,
      input_hash: 'h',
      updated_at: T1,
    });
    expect(diff.domains.map(d => d.domain_id)).toEqual(['build', 'test']);
    expect(diff.changedCheckIds).toEqual(['c1', 'c2']);
    expect(documentOf(diff).map(c => [c.checkId, c.updatedAt])).toEqual([
      ['c1', T1],
      ['c2', T1],
    ]);
    expect(documentOf(diff)[0].value).toEqual({ a: [1, 2], b: 1 });
    expect(
      diff.history.map(h => [h.domain_id, h.previous_level, h.level]),
    ).toEqual([
      ['build', null, 1],
      [null, null, 1],
    ]);
  });

  it('finds nothing to write for the same evaluation, whatever the key order', () => {
    const stored = storedAfter(write());
    const same = write({
      checks: [
        { checkId: 'c1', value: { a: [1, 2], b: 1 } },
        { checkId: 'c2', status: 'failed' },
      ],
    });
    const diff = diffEvaluation(same, stored, T2);
    expect(diff).toEqual({
      changed: false,
      entity: undefined,
      domains: [],
      removedDomainIds: [],
      checks: undefined,
      changedCheckIds: [],
      removedCheckIds: [],
      history: [],
    });
  });

  it('records a level becoming not applicable, and numbers given as text', () => {
    const stored = storedAfter(write());
    const build = stored.domains.get('build')!;
    stored.domains.set('build', { ...build, level: '1' as unknown as number });
    const diff = diffEvaluation(
      write({ domains: { build: null, test: null } }),
      stored,
      T2,
    );
    expect(diff.history).toEqual([
      expect.objectContaining({
        domain_id: 'build',
        previous_level: 1,
        level: null,
      }),
    ]);
    expect(diff.entity?.updated_at).toBe(T2);
  });

  it('treats a changed owner as a change without history', () => {
    const diff = diffEvaluation(
      write({ ownerRef: 'group:default/other' }),
      storedAfter(write()),
      T2,
    );
    expect(diff.changed).toBe(true);
    expect(diff.entity?.owner_ref).toBe('group:default/other');
    expect(diff.history).toEqual([]);
    expect(diff.checks).toBeUndefined();
  });

  it('keeps stored results of kept checks, inserts kept checks not stored', () => {
    const stored = storedAfter(write());
    const diff = diffEvaluation(
      write({
        checks: [
          { checkId: 'c1', status: 'unknown' },
          { checkId: 'c3', status: 'unknown' },
        ],
        keepStoredResultsFor: ['c1', 'c2', 'c3'],
      }),
      stored,
      T2,
    );
    expect(diff.changedCheckIds).toEqual(['c3']);
    expect(
      documentOf(diff).map(c => [c.checkId, c.status, c.updatedAt]),
    ).toEqual([
      ['c1', 'passed', T1],
      ['c2', 'failed', T1],
      ['c3', 'unknown', T2],
    ]);
    expect(diff.removedCheckIds).toEqual([]);
  });

  it('reuses the serialised results only when the document holds exactly them', () => {
    const stored = storedAfter(write());
    // a stand-in text shows whether the document took it
    const standIn = serializeChecks([
      { ...write().checks[0], message: 'from the digest' },
      write().checks[1],
    ]);
    const same = write({
      checks: [
        { checkId: 'c1', value: { b: 1, a: [1, 2] } },
        { checkId: 'c2', status: 'passed' },
      ],
    });
    const reused = diffEvaluation(same, stored, T2, null, standIn);
    expect(documentOf(reused).map(c => c.message)).toContain('from the digest');

    const kept = write({
      checks: [{ checkId: 'c1', status: 'unknown' }, { checkId: 'c2' }],
      keepStoredResultsFor: ['c1'],
    });
    const rebuilt = diffEvaluation(kept, stored, T2, null, standIn);
    expect(documentOf(rebuilt).map(c => [c.checkId, c.status])).toEqual([
      ['c1', 'passed'],
      ['c2', 'passed'],
    ]);
    expect(documentOf(rebuilt).map(c => c.message)).not.toContain(
      'from the digest',
    );
  });

  it('removes stored checks and domains the evaluation no longer has', () => {
    const diff = diffEvaluation(
      write({
        domains: { build: 1 },
        checks: [{ checkId: 'c1', value: { a: [1, 2], b: 1 } }],
      }),
      storedAfter(write()),
      T2,
    );
    expect(diff.removedCheckIds).toEqual(['c2']);
    expect(documentOf(diff).map(c => c.checkId)).toEqual(['c1']);
    expect(diff.removedDomainIds).toEqual(['test']);
    expect(diff.changed).toBe(true);
  });

  it('does not record a first evaluation that does not apply', () => {
    const diff = diffEvaluation(
      write({ level: null, domains: { build: null } }),
      { domains: new Map(), checks: new Map() },
      T1,
    );
    expect(diff.history).toEqual([]);
    expect(diff.changed).toBe(true);
  });
});
