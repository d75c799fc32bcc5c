#!/usr/bin/env bash
# Installs everything and runs every test: unit, component and database tests,
# the database tests on SQLite and on PostgreSQL (127.0.0.1:5432), then the
# end-to-end tests in Chromium against the demo portal (scripts/e2e.sh; set
# MATURITY_SKIP_E2E=1 to leave them out).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
corepack yarn install --immutable
bash scripts/ensure-postgres.sh
export CI=true
export BACKSTAGE_TEST_DISABLE_DOCKER=1
export BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING="${BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING:-postgresql://postgres@127.0.0.1:5432}"
report="$(mktemp -d)/jest.json"
status=0
corepack yarn backstage-cli repo test --maxWorkers=2 --json --outputFile="$report" "$@" || status=$?
if [ -f "$report" ]; then
  # Database tests name their database id; show both ran, and fail when the
  # PostgreSQL ones did not (a missing connection string skips them silently).
  node -e '
    const r = require(process.argv[1]);
    const names = r.testResults.flatMap(f => f.assertionResults)
      .filter(t => t.status === "passed").map(t => t.fullName);
    const count = id => names.filter(n => n.includes(id)).length;
    const sqlite = count("SQLITE_3"), postgres = count("POSTGRES_15");
    console.log(`database tests passed: ${sqlite} on SQLITE_3, ${postgres} on POSTGRES_15`);
    if (postgres === 0) { console.error("no database test ran on PostgreSQL"); process.exitCode = 1; }
    console.log(`tests: ${r.numPassedTests} passed, ${r.numFailedTests + r.numRuntimeErrorTestSuites} failed, ${r.numPendingTests} skipped`);
  ' "$report" || status=1
fi
if [ "${MATURITY_SKIP_E2E:-}" != 1 ]; then
  bash scripts/e2e.sh || status=1
fi
exit $status
