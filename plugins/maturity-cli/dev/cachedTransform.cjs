/*
 * Runs the TypeScript sources of the monorepo (this package and the workspace
 * packages it uses) without a build, like the Backstage CLI's node transform,
 * but keeps every transpiled file in node_modules/.cache: a run whose sources
 * have not changed loads no compiler and starts no module-hooks thread. Only
 * CommonJS `require` of .ts files is handled, which is all the CLI needs.
 */
'use strict';

const crypto = require('crypto');
const fs = require('fs');
const Module = require('module');
const path = require('path');

const cacheDir = path.resolve(
  __dirname,
  '..',
  'node_modules',
  '.cache',
  'maturity-cli-transform',
);

const SWC_OPTIONS = {
  sourceMaps: 'inline',
  module: { type: 'commonjs', ignoreDynamic: true },
  jsc: { target: 'es2024', parser: { syntax: 'typescript' } },
};

let swc;

/** The compiler's version, so that a new compiler does not reuse old output. */
function compilerVersion() {
  try {
    return require('@swc/core/package.json').version;
  } catch {
    return 'unknown';
  }
}

const cacheSalt = `${compilerVersion()}\0${JSON.stringify(SWC_OPTIONS)}`;

function transpile(source, filename) {
  const key = crypto
    .createHash('sha256')
    .update(cacheSalt)
    .update('\0')
    .update(filename)
    .update('\0')
    .update(source)
    .digest('hex');
  const cached = path.join(cacheDir, `${key}.js`);
  try {
    return fs.readFileSync(cached, 'utf8');
  } catch {
    // not cached yet
  }
  swc ??= require('@swc/core');
  const { code } = swc.transformSync(source, { ...SWC_OPTIONS, filename });
  try {
    fs.mkdirSync(cacheDir, { recursive: true });
    const partial = `${cached}.${process.pid}`;
    fs.writeFileSync(partial, code);
    fs.renameSync(partial, cached);
  } catch {
    // a read-only checkout runs without the cache
  }
  return code;
}

Module._extensions['.ts'] = (module, filename) => {
  if (filename.split(path.sep).includes('node_modules')) {
    throw new Error(`cannot load TypeScript from node_modules: ${filename}`);
  }
  module._compile(
    transpile(fs.readFileSync(filename, 'utf8'), filename),
    filename,
  );
};
