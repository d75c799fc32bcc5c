/**
 * A TechInsights backend module that publishes maturity levels as facts.
 *
 * @packageDocumentation
 */
export { techInsightsModuleMaturityLevels as default } from './module';
