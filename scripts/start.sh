#!/usr/bin/env bash
# Installs everything and starts the demo portal (frontend :3000, backend :7007)
# on embedded SQLite stored under .data/ (kept across restarts).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
corepack yarn install
mkdir -p .data/sqlite
exec corepack yarn start "$@"
