export { techInsightsDemoFactsModule as default } from './techInsightsDemoFactsModule';
