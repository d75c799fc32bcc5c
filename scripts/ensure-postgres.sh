#!/usr/bin/env bash
# Makes sure a PostgreSQL server answers on 127.0.0.1:5432 (user postgres,
# trust auth): starts the local cluster, or installs one from Debian's packages.
# Exits non-zero when it still is not reachable: database tests never skip it silently.
set -euo pipefail
ready() { pg_isready -q -h 127.0.0.1 -p 5432 -U postgres 2>/dev/null; }
if ready; then exit 0; fi
if ! command -v pg_ctlcluster >/dev/null 2>&1; then
  echo "PostgreSQL not found; installing it from Debian's packages" >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi
version="$(ls /etc/postgresql | sort -n | tail -1)"
conf="/etc/postgresql/$version/main"
if ! grep -q "^host all all 127.0.0.1/32 trust" "$conf/pg_hba.conf"; then
  sed -i '1i host all all 127.0.0.1/32 trust' "$conf/pg_hba.conf"
fi
sed -i "s/^#\?listen_addresses.*/listen_addresses = '127.0.0.1'/" "$conf/postgresql.conf"
pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
for _ in $(seq 1 30); do ready && exit 0; sleep 1; done
echo "PostgreSQL is not reachable on 127.0.0.1:5432" >&2
exit 1
