export { OrgDashboard } from './OrgDashboard';
