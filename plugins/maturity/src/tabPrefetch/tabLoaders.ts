/** The entity Maturity tab's code (its lazy chunk). */
export const loadEntityTab = () =>
  import('../components/EntityMaturityContent');

/** The group Maturity tab's code (its lazy chunk). */
export const loadGroupTab = () => import('../components/GroupMaturityContent');
