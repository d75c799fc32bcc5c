export interface Config {
  techInsights?: {
    /**
     * The maturity levels fact retriever (`maturityLevelsRetriever`). Its
     * cadence, lifecycle and initial delay are set like every TechInsights
     * retriever's, at `techInsights.factRetrievers.maturityLevelsRetriever`;
     * TechInsights does not run it without a cadence there.
     */
    maturity?: {
      /**
       * The model whose levels are published. Default: the maturity
       * backend's default model (`maturity.defaultModelId`, else its first
       * model, the built-in `caict-devops`).
       */
      modelId?: string;
      /**
       * Publish only entities of these kinds, e.g. [component, system].
       * Default: every kind the maturity backend evaluates.
       */
      kinds?: string[];
    };
  };
}
