import { translateAppliesTo } from './translateAppliesTo';
import { Untranslatable } from './Untranslatable';

describe('translateAppliesTo', () => {
  const vocabulary = () => ['library', 'service', 'website'];

  it('keeps key-value matches and turns $in into a list', () => {
    expect(
      translateAppliesTo(
        { kind: 'Component', 'spec.type': { $in: ['service', 'website'] } },
        vocabulary,
      ),
    ).toEqual({ kind: 'component', 'spec.type': ['service', 'website'] });
    expect(translateAppliesTo(undefined, vocabulary)).toBeUndefined();
  });

  it('expresses $not with the other known values and $any as several filters', () => {
    expect(
      translateAppliesTo(
        { $all: [{ kind: 'component' }, { $not: { 'spec.type': 'library' } }] },
        vocabulary,
      ),
    ).toEqual({ kind: 'component', 'spec.type': ['service', 'website'] });
    expect(
      translateAppliesTo(
        { $any: [{ kind: 'system' }, { kind: 'api' }] },
        vocabulary,
      ),
    ).toEqual([{ kind: 'system' }, { kind: 'api' }]);
  });

  it('refuses predicates filters cannot express', () => {
    expect(() =>
      translateAppliesTo(
        { 'metadata.annotations.x': { $exists: true } },
        vocabulary,
      ),
    ).toThrow(Untranslatable);
    expect(() =>
      translateAppliesTo(
        { $not: { kind: 'component', 'spec.type': 'service' } },
        vocabulary,
      ),
    ).toThrow('$not over more than one field');
  });
});
