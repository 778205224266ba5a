/**
 * Package boundaries, checked in `npm test` (issue 8): workspaces (cms, site, search) reach
 * one another only through their package names, never import scripts/ or tests/, and no
 * module imports itself round a cycle.
 */
const workspace = '^(cms|site|search)/'

module.exports = {
  forbidden: [
    {
      name: 'no-cycle',
      severity: 'error',
      comment: 'A cycle makes load order matter and hides which module owns a concept.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'package-imports-tooling',
      severity: 'error',
      comment: 'A package is shipped; scripts/ and tests/ are not, so a package cannot depend on them.',
      from: { path: workspace },
      to: { path: '^(scripts|tests)/' },
    },
    {
      name: 'scripts-import-tests',
      severity: 'error',
      comment: 'Tests and benches use scripts/, not the other way round; shared helpers live in tests/support/.',
      from: { path: '^scripts/' },
      to: { path: '^tests/' },
    },
    {
      name: 'cross-package-by-path',
      severity: 'error',
      comment:
        'Another workspace is reached by its package name (and declared in package.json), not by a relative path.',
      from: { path: '^(cms|site|search)/' },
      to: { path: workspace, pathNot: '^$1/', dependencyTypes: ['local'] },
    },
    {
      name: 'undeclared-dependency',
      severity: 'error',
      comment:
        'A package imports only what its package.json declares, or a production install fails (workspaces: tests/unit/workspace-dependencies.test.ts).',
      from: { path: workspace },
      to: { dependencyTypes: ['npm-no-pkg', 'npm-unknown'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: {
      path: ['(^|/)\\.next/', '(^|/)dist/', '(^|/)\\.astro/', '^\\.data/', 'payload-types\\.ts$', 'importMap\\.js$'],
    },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    combinedDependencies: false,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
    },
  },
}
