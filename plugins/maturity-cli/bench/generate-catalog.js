/*
 * Writes a generated catalog file (one multi-document YAML with N entities:
 * components of several types, with their APIs, systems and owners spread
 * over a few teams) and a matching facts file, seeded and deterministic.
 *
 * Usage: node bench/generate-catalog.js <count> <outDir>
 * Writes <outDir>/catalog-info.yaml and <outDir>/facts.yaml.
 */
'use strict';

const fs = require('fs');
const path = require('path');

/** A small seeded pseudo-random generator (xorshift32), so every run sees the same catalog. */
function prng(seed) {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x / 0x100000000;
  };
}

const TYPES = [
  'service',
  'service',
  'service',
  'website',
  'library',
  'data-pipeline',
];
const LIFECYCLES = ['production', 'production', 'experimental', 'deprecated'];
const TEAMS = [
  'payments-team',
  'ledger-team',
  'mobile-team',
  'data-team',
  'platform-team',
  'risk-team',
];
const OPTIONAL_ANNOTATIONS = [
  ['github.com/project-slug', n => `bank/${n}`],
  ['backstage.io/techdocs-ref', () => 'dir:.'],
  ['backstage.io/kubernetes-id', n => n],
  ['pagerduty.com/service-id', n => `P${n.length}${n.slice(-4).toUpperCase()}`],
  ['sonarqube.org/project-key', n => `bank_${n}`],
  ['snyk.io/org-name', () => 'bank'],
  ['argocd/app-name', n => `${n}-prod`],
  ['jenkins.io/job-full-name', n => `bank/${n}/main`],
  ['grafana/dashboard-selector', n => `tags @> '${n}'`],
];

function component(i, random) {
  const name = `svc-${String(i).padStart(4, '0')}`;
  const type = TYPES[Math.floor(random() * TYPES.length)];
  const team = TEAMS[i % TEAMS.length];
  const annotations = [
    `    backstage.io/source-location: url:https://git.bank.example/${team}/${name}/`,
  ];
  for (const [key, value] of OPTIONAL_ANNOTATIONS) {
    if (random() < 0.6)
      annotations.push(`    ${key}: "${value(name).replace(/"/g, "'")}"`);
  }
  const links =
    random() < 0.5
      ? [
          '  links:',
          `    - url: https://grafana.bank.example/d/${name}`,
          '      title: Dashboard',
          '      type: dashboard',
        ]
      : [];
  const dependsOn =
    i > 1 && random() < 0.5
      ? [`  dependsOn: [component:svc-${String(i - 1).padStart(4, '0')}]`]
      : [];
  return [
    'apiVersion: backstage.io/v1alpha1',
    'kind: Component',
    'metadata:',
    `  name: ${name}`,
    `  title: Service ${i}`,
    `  description: Generated component number ${i} for the evaluate benchmark.`,
    `  tags: [java, tier-${1 + (i % 3)}]`,
    '  annotations:',
    ...annotations,
    ...links,
    'spec:',
    `  type: ${type}`,
    `  lifecycle: ${LIFECYCLES[Math.floor(random() * LIFECYCLES.length)]}`,
    `  owner: group:default/${team}`,
    `  system: system-${i % 50}`,
    `  providesApis: [api-${i}]`,
    ...dependsOn,
  ].join('\n');
}

function facts(i, random) {
  const ref = `component:default/svc-${String(i).padStart(4, '0')}`;
  const num = (min, max) =>
    Math.round((min + random() * (max - min)) * 10) / 10;
  return [
    `  - entity: ${ref}`,
    '    facts:',
    '      doraFactRetriever:',
    `        deploymentsPerWeek: ${num(0.2, 30)}`,
    `        leadTimeHours: ${num(2, 400)}`,
    `        changeFailureRate: ${num(0, 40)}`,
    `        mttrMinutes: ${num(5, 600)}`,
    '      codeQualityFactRetriever:',
    `        testCoverage: ${num(10, 95)}`,
    `        automatedTestPassRate: ${num(70, 100)}`,
    `        qualityGatePassed: ${random() < 0.6}`,
    '      securityFactRetriever:',
    `        openCriticalVulnerabilities: ${Math.floor(random() * 3)}`,
    `        sastEnabled: ${random() < 0.7}`,
    '      resilienceFactRetriever:',
    `        lastDrDrill: -${Math.floor(random() * 400)}d`,
    '    history:',
    '      - at: -180d',
    '        facts:',
    '          doraFactRetriever:',
    `            leadTimeHours: ${num(2, 600)}`,
  ].join('\n');
}

function main() {
  const count = Number(process.argv[2] ?? 1000);
  const outDir = process.argv[3];
  if (!Number.isInteger(count) || count < 1 || !outDir) {
    process.stderr.write(
      'usage: node bench/generate-catalog.js <count> <outDir>\n',
    );
    process.exitCode = 2;
    return;
  }
  const random = prng(42);
  const documents = [];
  const factEntries = [];
  for (let i = 1; i <= count; i++) {
    documents.push(component(i, random));
    if (random() < 0.8) factEntries.push(facts(i, random));
  }
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(
    path.join(outDir, 'catalog-info.yaml'),
    `${documents.join('\n---\n')}\n`,
  );
  fs.writeFileSync(
    path.join(outDir, 'facts.yaml'),
    `entities:\n${factEntries.join('\n')}\n`,
  );
}

main();
