#!/usr/bin/env bash
# Generates a catalog file of 1 000 entities (plus a facts file) and times
# `maturity evaluate` on it, as a process, in several output formats.
#
# Usage: plugins/maturity-cli/bench/evaluate-1000.sh [entities=1000] [runs=5]
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
count="${1:-1000}"
runs="${2:-5}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

node "$here/generate-catalog.js" "$count" "$work"
node "$here/time-evaluate.js" "$work" "$runs"
