/**
 * Maturity backend module reading evidence from TechInsights facts.
 *
 * @packageDocumentation
 */

export { maturityModuleTechInsights as default } from './module';
