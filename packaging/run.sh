#!/usr/bin/env bash
# Installs what is missing, builds, and starts the bundled lifeboat-sandbox on the demo
# scenario. (Until the desktop app lands, this prints how to reach the sandbox.)
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/build.sh
data="${LIFEBOAT_SANDBOX_DIR:-${XDG_DATA_HOME:-$HOME/.local/share}/lifeboat/sandbox}"
echo "Starting lifeboat-sandbox (state in $data; Ctrl+C stops it and keeps the state)."
echo "The JSON line below is the base URL and the demo's admin credentials; try:"
echo "  curl --digest -u PUBLIC:PRIVATE -H 'Accept: application/vnd.atlas.2023-01-01+json' BASEURL/api/atlas/v2/groups"
exec ./build/app/lifeboat-sandbox/lifeboat-sandbox --scenario demo --data-dir "$data" "$@"
