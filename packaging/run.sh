#!/usr/bin/env bash
# Installs what is missing, builds, and starts Lifeboat on the bundled sandbox (a child
# process on a free loopback port, stopped when Lifeboat exits). Without a display it
# starts the sandbox alone and prints how to reach it.
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/build.sh
if [[ -n "${DISPLAY:-}" || -n "${WAYLAND_DISPLAY:-}" ]]; then
  exec ./build/app/lifeboat/lifeboat --sandbox "$@"
fi
data="${LIFEBOAT_SANDBOX_DIR:-${XDG_DATA_HOME:-$HOME/.local/share}/lifeboat/sandbox}"
echo "No display: starting lifeboat-sandbox alone (state in $data; Ctrl+C stops it and keeps the state)."
echo "The JSON line below is its base URL and the demo's admin credentials; try:"
echo "  curl --digest -u PUBLIC:PRIVATE -H 'Accept: application/vnd.atlas.2023-01-01+json' BASEURL/api/atlas/v2/groups"
exec ./build/app/lifeboat-sandbox/lifeboat-sandbox --scenario demo --data-dir "$data" "$@"
