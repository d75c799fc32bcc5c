/**
 * Orders domains so that each comes after the domains whose level its rules
 * read (`maturity.<domainId>.level`). Returns the cycles when there are any.
 *
 * @param ids - domain ids in model order
 * @param dependencies - domain id to the domain ids it reads
 */
export function orderDomains(
  ids: ReadonlyArray<string>,
  dependencies: ReadonlyMap<string, ReadonlySet<string>>,
): { order: string[]; cycles: string[][] } {
  const order: string[] = [];
  const cycles: string[][] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: string[] = [];

  const visit = (id: string) => {
    const current = state.get(id);
    if (current === 'done') return;
    if (current === 'visiting') {
      cycles.push([...stack.slice(stack.indexOf(id)), id]);
      return;
    }
    state.set(id, 'visiting');
    stack.push(id);
    for (const dependency of dependencies.get(id) ?? []) {
      if (ids.includes(dependency)) visit(dependency);
    }
    stack.pop();
    state.set(id, 'done');
    order.push(id);
  };

  ids.forEach(visit);
  return { order, cycles };
}
