/**
 * Imports run one way only: app/ uses components/ and lib/, components/ uses lib/, and
 * lib/ uses neither (see the folder map in README.md). `npm run lint` runs these rules, so
 * the next backward import or cycle fails the build instead of creeping in.
 * @type {import('dependency-cruiser').IConfiguration}
 */
module.exports = {
  forbidden: [
    {
      name: 'lib-not-to-components-or-app',
      comment: 'lib/ is the bottom layer: it must not import components/ or app/. Move the code down into lib/, or the caller up.',
      severity: 'error',
      from: { path: '^lib/' },
      to: { path: '^(components|app)/' },
    },
    {
      name: 'components-not-to-app',
      comment: 'components/ must not import app/: pages use components, never the other way round.',
      severity: 'error',
      from: { path: '^components/' },
      to: { path: '^app/' },
    },
    {
      name: 'no-circular',
      comment: 'A cycle makes two modules one; break it by moving the shared part down.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|out|\\.next|public)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'], extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'] },
  },
};
