export interface Config {
  /** The demo permission policy (packages/backend). */
  demoPolicy?: {
    /** Group refs whose members hold `maturity.admin`. */
    maturityAdminGroups?: string[];
  };
  /** The demo TechInsights fact retrievers (packages/backend). */
  demoFacts?: {
    /**
     * Directory of the demo facts files (examples/facts), relative to the
     * backend's working directory. Default: ../../examples/facts
     */
    directory?: string;
  };
}
