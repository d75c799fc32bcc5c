# Sourced by the other scripts: makes corepack fetch the pinned yarn from the
# npm registry this machine is configured for, without prompting.
registry="$(cd / && npm config get registry)"
export COREPACK_NPM_REGISTRY="${registry%/}"
export COREPACK_ENABLE_DOWNLOAD_PROMPT=0
# node-gyp builds native modules (better-sqlite3) against the local Node headers.
export npm_config_nodedir="${npm_config_nodedir:-$(dirname "$(dirname "$(command -v node)")")}"
corepack enable >/dev/null 2>&1 || true
