export { MaturityTabPrefetch } from './MaturityTabPrefetch';
export { loadEntityTab, loadGroupTab } from './tabLoaders';
