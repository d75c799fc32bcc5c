import type { FactReference } from '../model/factReference';
import type { EvaluationContext } from './context';
import {
  compileFactResolver,
  type FactResolver,
  type FactResolverOptions,
} from './facts';

/** The content of a fact slot not read yet for the entity. */
export const NOT_READ: unique symbol = Symbol('fact not read yet');

/** Sources whose facts depend on the evidence alone, so one read serves every condition. */
const SHAREABLE: ReadonlySet<FactReference['source']> = new Set([
  'entity',
  'techInsights',
  'pushed',
]);

/** Reads a fact at most once per entity, keeping it in the context's slot. */
function readOnce(resolve: FactResolver, slot: number): FactResolver {
  return (context: EvaluationContext) => {
    const kept = context.facts[slot];
    if (kept !== NOT_READ) return kept;
    const value = resolve(context);
    context.facts[slot] = value;
    return value;
  };
}

/**
 * Fact readers shared by the conditions of a model: conditions on the same
 * entity, TechInsights or pushed fact address read it once per entity (the default
 * model has about two conditions per distinct fact).
 */
export class SharedFactResolvers {
  private readonly shared = new Map<string, FactResolver>();

  constructor(private readonly options: FactResolverOptions) {}

  /** The reader of a condition's fact, given its address and parsed reference. */
  resolverOf(address: string, ref: FactReference): FactResolver {
    if (!SHAREABLE.has(ref.source))
      return compileFactResolver(ref, this.options);
    let resolver = this.shared.get(address);
    if (!resolver) {
      const slot = this.shared.size;
      resolver = readOnce(compileFactResolver(ref, this.options), slot);
      this.shared.set(address, resolver);
    }
    return resolver;
  }

  /** How many slots the evaluation context needs. */
  get slotCount(): number {
    return this.shared.size;
  }
}
