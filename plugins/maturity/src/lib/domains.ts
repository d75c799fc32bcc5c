/** Domain ids shown before all others: Platform Engineering, then SRE. */
export const PRIORITY_DOMAIN_IDS = ['platform-engineering', 'sre'];

const PRIORITY_TITLES = [/platform engineering/i, /\bsre\b|site reliability/i];

/** 0 for Platform Engineering, 1 for SRE, 2 for every other domain. */
export function domainPriority(domain: { id: string; title?: string }): number {
  for (let i = 0; i < PRIORITY_DOMAIN_IDS.length; i++) {
    if (domain.id === PRIORITY_DOMAIN_IDS[i]) return i;
  }
  for (let i = 0; i < PRIORITY_TITLES.length; i++) {
    if (domain.title && PRIORITY_TITLES[i].test(domain.title)) return i;
  }
  return PRIORITY_DOMAIN_IDS.length;
}

/**
 * Orders domains with Platform Engineering and SRE first and the others in
 * model order.
 */
export function sortDomains<T>(
  domains: ReadonlyArray<T>,
  key: (domain: T) => { id: string; title?: string },
): T[] {
  return domains
    .map((domain, index) => ({
      domain,
      index,
      rank: domainPriority(key(domain)),
    }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map(({ domain }) => domain);
}
