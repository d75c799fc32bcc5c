import { hashEvaluation } from './hashEvaluation';
import type { EntityEvaluationWrite } from './types';
import { evaluation } from './__testUtils__/fixtures';

const base = () =>
  evaluation({
    entityRef: 'component:default/a',
    ownerRef: 'group:default/team',
    level: 1,
    domains: { build: 1, test: null },
    checks: [
      { checkId: 'c1', value: { b: 1, a: [1, 2] } },
      { checkId: 'c2', status: 'failed' },
    ],
  });

type Change = (w: EntityEvaluationWrite) => void;

describe('hashEvaluation', () => {
  it('is equal for equal evaluations', () => {
    expect(hashEvaluation(base())).toBe(hashEvaluation(base()));
    expect(hashEvaluation(base())).toMatch(/^[0-9a-f]{64}$/);
  });

  it.each<[string, Change]>([
    ['model', w => (w.modelId = 'other')],
    ['owner', w => (w.entity.ownerRef = undefined)],
    ['title', w => (w.entity.title = 'A')],
    ['tags', w => (w.entity.tags = ['tier-1'])],
    ['level', w => (w.level = null)],
    ['score', w => (w.score += 0.001)],
    ['kept checks', w => (w.keepStoredResultsFor = ['c1'])],
    ['domain level', w => (w.domains[0].level = 2)],
    ['domain counts', w => (w.domains[0].counts.failed += 1)],
    ['next level', w => (w.domains[0].nextLevel = { level: 2, checkIds: [] })],
    ['check status', w => (w.checks[0].status = 'unknown')],
    ['check message', w => (w.checks[1].message += '.')],
    ['check value', w => (w.checks[0].value = { a: [1, 2] })],
    ['check value absent', w => (w.checks[0].value = undefined)],
    ['check source', w => (w.checks[0].source = 'techInsights')],
    ['check domain', w => (w.checks[0].domainId = 'test')],
    ['check removed', w => w.checks.pop()],
  ])('changes with the %s', (_name, change) => {
    const changed = base();
    change(changed);
    expect(hashEvaluation(changed)).not.toBe(hashEvaluation(base()));
  });

  it('cannot be fooled by text moving between fields', () => {
    const a = base();
    const b = base();
    a.checks[1].message = 'x1:y';
    a.checks[1].source = 'catalog';
    b.checks[1].message = 'x';
    b.checks[1].source = '1:ycatalog' as any;
    expect(hashEvaluation(a)).not.toBe(hashEvaluation(b));
  });
});
