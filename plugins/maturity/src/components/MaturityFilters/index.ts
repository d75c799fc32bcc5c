export { MaturityFilters } from './MaturityFilters';
export type {
  MaturityFilterValues,
  MaturityFiltersProps,
} from './MaturityFilters';
