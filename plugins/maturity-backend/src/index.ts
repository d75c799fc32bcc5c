/**
 * The Maturity backend plugin: DevOps maturity scorecards (CAICT DevOps
 * Capability Maturity Model) for catalog entities.
 *
 * @packageDocumentation
 */

export { maturityPlugin as default } from './plugin';
