/**
 * Print rules of the report page, so that the browser's "Save as PDF" gives
 * clean pages: the app's sidebar, header, tabs and the page's buttons are
 * hidden, nothing scrolls or clips, each domain starts a page and table
 * headers repeat on every page.
 */
export const REPORT_PRINT_CSS = `
@media print {
  @page { margin: 14mm 12mm; }
  html, body, #root { height: auto !important; overflow: visible !important; background: #fff !important; }
  nav, aside, header, [role="tablist"], [data-maturity-no-print],
  .MuiAccordionSummary-expandIcon, .MuiDrawer-root, .MuiSnackbar-root { display: none !important; }
  main, main *, [data-maturity-report] {
    overflow: visible !important;
    max-height: none !important;
  }
  main, [class*="BackstagePage"], [class*="BackstageContent"] {
    display: block !important;
    height: auto !important;
    padding: 0 !important;
    margin: 0 !important;
  }
  [class*="BackstageSidebarPage"] { padding-left: 0 !important; }
  [data-maturity-report] { font-size: 10pt; color: #000; }
  [data-maturity-report] .MuiCollapse-container,
  [data-maturity-report] .MuiCollapse-hidden {
    height: auto !important;
    visibility: visible !important;
  }
  [data-maturity-report] .MuiPaper-root { box-shadow: none !important; }
  [data-maturity-report-domain] { break-before: page; page-break-before: always; }
  [data-maturity-report] table { width: 100%; border-collapse: collapse; }
  [data-maturity-report] thead { display: table-header-group; }
  [data-maturity-report] tr, [data-maturity-report] li { break-inside: avoid; page-break-inside: avoid; }
  [data-maturity-report] h2, [data-maturity-report] h3, [data-maturity-report] h4 { break-after: avoid; page-break-after: avoid; }
  [data-maturity-report] td, [data-maturity-report] th { padding: 2px 4px !important; word-break: break-word; }
  [data-maturity-report] a { color: #000; text-decoration: underline; }
}
`;
