export { ReportLinkButton } from './ReportLinkButton';
