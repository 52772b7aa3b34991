#!/usr/bin/env bash
# Installs what is missing and builds Lifeboat (Release with debug info, ccache when present).
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/install-deps.sh
cmake --preset default >/dev/null
cmake --build --preset default
