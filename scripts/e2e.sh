#!/usr/bin/env bash
# End-to-end tests: builds the demo app for production, starts the demo
# backend (which serves the built app on :7007, as in production) on a fresh
# SQLite directory, runs the Playwright tests (e2e/) headless in Debian's
# Chromium and stops the portal. The production bundle loads a page about
# three times faster than the development server's. Screenshots and traces of failed
# tests, the HTML report and the portal log land in e2e/artifacts/
# (git-ignored). Extra arguments go to `playwright test`.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
started=$SECONDS

# Playwright cannot download its browsers here: use Debian's chromium.
export CHROMIUM_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$CHROMIUM_PATH" ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y chromium || { apt-get update && apt-get install -y chromium; }
fi

# The report test reads the PDF that Chromium prints with pdftotext.
if ! command -v pdftotext >/dev/null; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y poppler-utils || { apt-get update && apt-get install -y poppler-utils; }
fi

corepack yarn install --immutable

# The frontend as shipped: minified chunks that @backstage/plugin-app-backend
# serves with the backend's frontend config injected (app.baseUrl :7007 from
# e2e/app-config.e2e.yaml).
corepack yarn workspace app build

for port in 7007 7099; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "Port $port is in use: stop the running portal first." >&2
    exit 1
  fi
done

artifacts=e2e/artifacts
rm -rf "$artifacts"
mkdir -p "$artifacts"
MATURITY_E2E_SQLITE_DIR="$(mktemp -d)"
export MATURITY_E2E_SQLITE_DIR
# With job control on, the portal gets its own process group (id $portal),
# so that stopping it stops the frontend and backend processes too. The fault
# proxy (e2e/support/faultProxy.js: the backend reads TechInsights through it,
# and the stale-evidence test cuts it) starts first, in the same group.
set -m
(
  node e2e/support/faultProxy.js >"$artifacts/fault-proxy.log" 2>&1 &
  exec corepack yarn workspace backend start \
    --config "$PWD/app-config.yaml" --config "$PWD/e2e/app-config.e2e.yaml"
) >"$artifacts/portal.log" 2>&1 &
portal=$!
set +m

stop_portal() {
  kill -TERM -- "-$portal" 2>/dev/null || true
  for _ in $(seq 30); do
    kill -0 -- "-$portal" 2>/dev/null || break
    sleep 1
  done
  kill -KILL -- "-$portal" 2>/dev/null || true
  rm -rf "$MATURITY_E2E_SQLITE_DIR"
  echo "e2e: ${SECONDS}s in all, portal start included (log: $artifacts/portal.log)"
}
trap stop_portal EXIT

for _ in $(seq 50); do
  (exec 3<>/dev/tcp/127.0.0.1/7099) 2>/dev/null && break
  sleep 0.2
done
if ! (exec 3<>/dev/tcp/127.0.0.1/7099) 2>/dev/null; then
  echo "The e2e fault proxy did not start on 127.0.0.1:7099 (see $artifacts/fault-proxy.log)." >&2
  exit 1
fi

echo "e2e: portal starting on fresh SQLite (after $((SECONDS - started))s of setup)"
corepack yarn playwright test --config e2e/playwright.config.ts "$@"
