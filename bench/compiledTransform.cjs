/*
 * How bench/spawnBackend.ts runs a bench backend process: the repository's
 * TypeScript compiled on load as `@backstage/cli`'s node transform does,
 * but without inline source maps. The transform keeps each module's code,
 * and with inline maps that code is several times larger; a built backend
 * (`backstage-cli package build`) keeps its maps in separate files.
 * Errors then point at compiled lines, which is enough for a benchmark.
 */
const { dirname } = require('node:path');

// the compiler and hook the CLI's transform uses, resolved as it resolves them
const cliNode = dirname(require.resolve('@backstage/cli-node/package.json'));
const fromCli = name => require(require.resolve(name, { paths: [cliNode] }));
const { transformSync } = fromCli('@swc/core');
const { addHook } = fromCli('pirates');

addHook(
  (code, filename) =>
    transformSync(code, {
      filename,
      sourceMaps: false,
      module: { type: 'commonjs', ignoreDynamic: true },
      jsc: { target: 'es2022', parser: { syntax: 'typescript' } },
    }).code,
  { extensions: ['.ts', '.cts'], ignoreNodeModules: true },
);
