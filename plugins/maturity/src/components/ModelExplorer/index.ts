export { ModelExplorer } from './ModelExplorer';
