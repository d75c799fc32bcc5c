/**
 * The TechInsights fact retriever id under which maturity levels are stored.
 * Checks list it in `factIds`; its schedule is configured at
 * `techInsights.factRetrievers.maturityLevelsRetriever`. Never change it:
 * stored facts and configured checks refer to it.
 */
export const MATURITY_LEVELS_RETRIEVER_ID = 'maturityLevelsRetriever';
