/** The plugin's source directory, as module paths in a build name it. */
export const PLUGIN = 'plugins/maturity/src/';

/** The parts measured: a part's chunks hold a module whose path matches. */
export const PARTS: { part: string; module: RegExp }[] = [
  { part: 'entry (app main bundle)', module: /maturity\/src\/alpha\.tsx/ },
  {
    part: 'entity Maturity tab',
    module: /components\/EntityMaturityContent\//,
  },
  { part: 'group Maturity tab', module: /components\/GroupMaturityContent\// },
  { part: '/maturity page', module: /components\/MaturityPage\// },
  {
    part: 'charts (implementations + recharts)',
    module: /ChartImpl\.tsx|node_modules\/recharts\//,
  },
];
