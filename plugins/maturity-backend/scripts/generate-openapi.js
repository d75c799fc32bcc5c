#!/usr/bin/env node
/*
 * Writes src/schema/openapi.generated.ts from src/schema/openapi.yaml, the
 * source of truth of the HTTP API. (repo-tools' generator needs a Java jar
 * downloaded at run time, which this project's machines cannot fetch.)
 * `--check` exits 1 when the generated file is stale.
 */
const fs = require('fs');
const path = require('path');
const YAML = require('yaml');

const dir = path.resolve(__dirname, '../src/schema');
const spec = YAML.parse(
  fs.readFileSync(path.join(dir, 'openapi.yaml'), 'utf8'),
);
const text = `// THIS FILE IS GENERATED from openapi.yaml by scripts/generate-openapi.js. Do not edit.
/* eslint-disable */
export const spec = ${JSON.stringify(spec, null, 2)} as const;
`;
const target = path.join(dir, 'openapi.generated.ts');
if (process.argv.includes('--check')) {
  const current = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : '';
  if (current !== text) {
    console.error(`${target} is stale: run yarn generate:openapi`);
    process.exit(1);
  }
} else {
  fs.writeFileSync(target, text);
}
