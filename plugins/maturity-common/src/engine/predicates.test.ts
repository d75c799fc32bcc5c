import type { EntityPredicate } from '../model/types';
import { component } from '../__testUtils__/fixtures';
import { compileEntityPredicate, describePredicate } from './predicates';

const service = component('svc', {
  annotations: { 'pagerduty.com/service-id': 'P1' },
  metadata: { tags: ['java', 'Tier-1'] },
});
const library = component('lib', { spec: { type: 'library' } });
const system = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'System',
  metadata: { name: 's' },
  spec: { owner: 'x' },
};

const matches = (predicate: EntityPredicate) =>
  [service, library, system].map(e => compileEntityPredicate(predicate)(e));

describe('entity predicates', () => {
  it('matches values case-insensitively, numbers as strings, and any array element', () => {
    expect(matches({ kind: 'component' })).toEqual([true, true, false]);
    expect(matches({ kind: 'Component', 'spec.type': 'service' })).toEqual([
      true,
      false,
      false,
    ]);
    expect(matches({ 'metadata.tags': 'tier-1' })).toEqual([
      true,
      false,
      false,
    ]);
    expect(matches({ 'metadata.name': 'S' })).toEqual([false, false, true]);
    expect(
      compileEntityPredicate({ 'spec.replicas': 3 })(
        component('x', { spec: { replicas: '3' } }),
      ),
    ).toBe(true);
  });

  it('supports $exists, $in and $contains', () => {
    expect(
      matches({
        'metadata.annotations.pagerduty.com/service-id': { $exists: true },
      }),
    ).toEqual([true, false, false]);
    expect(
      matches({
        "metadata.annotations['pagerduty.com/service-id']": { $exists: false },
      }),
    ).toEqual([false, true, true]);
    expect(matches({ 'spec.type': { $in: ['service', 'website'] } })).toEqual([
      true,
      false,
      false,
    ]);
    expect(matches({ 'metadata.tags': { $contains: 'JAVA' } })).toEqual([
      true,
      false,
      false,
    ]);
    expect(matches({ 'metadata.name': { $contains: 'v' } })).toEqual([
      true,
      false,
      false,
    ]);
  });

  it('combines with $all, $any and $not', () => {
    const deployable: EntityPredicate = {
      $all: [{ kind: 'component' }, { $not: { 'spec.type': 'library' } }],
    };
    expect(matches(deployable)).toEqual([true, false, false]);
    expect(
      matches({ $any: [{ kind: 'system' }, { 'spec.type': 'library' }] }),
    ).toEqual([false, true, true]);
    expect(
      matches({
        $not: { $any: [{ kind: 'system' }, { 'spec.type': 'library' }] },
      }),
    ).toEqual([true, false, false]);
  });

  it('does not match absent values except with $exists: false', () => {
    expect(matches({ 'spec.lifecycle': { $in: ['production'] } })).toEqual([
      true,
      true,
      false,
    ]);
    expect(matches({ 'spec.nothing': 'x' })).toEqual([false, false, false]);
  });

  it('describes itself for not-applicable messages', () => {
    expect(
      describePredicate({
        $all: [
          { kind: 'component', 'spec.type': { $in: ['service', 'website'] } },
          { $not: { 'metadata.tags': { $contains: 'x' } } },
        ],
      }),
    ).toBe(
      'kind = component and spec.type in [service, website] and not metadata.tags contains x',
    );
    expect(
      describePredicate({
        $any: [{ a: { $exists: true } } as any, { b: { $exists: false } }],
      }),
    ).toBe('(a set or b not set)');
  });
});
