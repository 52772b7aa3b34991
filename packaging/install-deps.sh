#!/usr/bin/env bash
# Installs every Debian 12 package that building, testing and running Lifeboat need.
# Idempotent: when everything is present it only checks (dpkg-query) and returns.
set -euo pipefail

PACKAGES=(
  build-essential cmake ninja-build ccache pkg-config git
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-httpserver-dev qt6-websockets-dev qt6-charts-dev qt6-svg-dev qt6-translations-l10n
  libqt6sql6-sqlite libqt6svg6 libqt6opengl6-dev qt6-qpa-plugins libxkbcommon-dev libgl-dev
  qtkeychain-qt6-dev
  libsqlite3-dev sqlite3 libspdlog-dev libfmt-dev
  python3 python3-jsonschema clang-format openssl
  xvfb xauth fonts-dejavu-core
)

missing=()
for p in "${PACKAGES[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$p")
done

if ((${#missing[@]} == 0)); then
  echo "install-deps: all ${#PACKAGES[@]} packages present"
  exit 0
fi

echo "install-deps: installing ${missing[*]}"
SUDO=""
if [[ $(id -u) -ne 0 ]]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
