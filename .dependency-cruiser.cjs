/**
 * The import rules of src/: layers run one way (ui → state → platform → core; workers beside
 * platform, which starts them) and no module imports itself back through others.
 * `npm run lint:imports` checks them; `npm test` runs it.
 */
const layer = (name, mayNotImport, why) => ({
  name: `${name}-imports-one-way`,
  comment: why,
  severity: 'error',
  from: { path: `^src/${name}/` },
  to: { path: `^src/(${mayNotImport.join('|')})/` },
});

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'A cycle makes every module in it depend on all the others.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-circular-folders',
      comment:
        'Folders are concepts; two that need each other are one concept, or one is misplaced.',
      severity: 'error',
      scope: 'folder',
      from: {},
      to: { circular: true },
    },
    layer('core', ['platform', 'workers', 'state', 'ui'], 'The core is pure: no browser, no UI.'),
    layer('workers', ['platform', 'state', 'ui'], 'Workers run core code for the platform.'),
    layer('platform', ['state', 'ui'], 'Browser adapters know nothing of the page state.'),
    layer('state', ['ui'], 'State holds codes; the UI owns what people read.'),
    {
      name: 'no-unresolvable',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    // Svelte's own modules resolve only through the package's export map.
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['svelte', 'import', 'default'],
    },
  },
};
