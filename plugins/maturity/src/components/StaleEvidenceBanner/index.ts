export { StaleEvidenceBanner } from './StaleEvidenceBanner';
export type { StaleEvidenceBannerProps } from './StaleEvidenceBanner';
