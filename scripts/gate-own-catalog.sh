#!/usr/bin/env bash
# Dogfooding: evaluates this repository's own catalog-info.yaml with the
# maturity CLI against .maturity/repository-model.yaml, with facts measured
# from the working tree, and gates every component at level 2.
set -euo pipefail
cd "$(dirname "$0")/.."
cli="node plugins/maturity-cli/bin/maturity"
model=.maturity/repository-model.yaml
facts=$(mktemp --suffix=.yaml)
trap 'rm -f "$facts"' EXIT
node scripts/repository-facts.js catalog-info.yaml > "$facts"

$cli lint-model "$model"
# exit 1 when a document of the catalog is invalid, 2 on bad input
$cli evaluate catalog-info.yaml --model "$model" --facts "$facts" --quiet

for ref in $(node -e '
  const yaml = require("yaml");
  const text = require("fs").readFileSync("catalog-info.yaml", "utf8");
  for (const d of yaml.parseAllDocuments(text)) {
    const e = d.toJS();
    if (e.kind === "Component") console.log(`component:default/${e.metadata.name}`);
  }'); do
  $cli gate --offline catalog-info.yaml --entity "$ref" --min-level 2 \
    --model "$model" --facts "$facts"
done
