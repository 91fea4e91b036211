#!/usr/bin/env bash
# Installs the Debian packages PMO Align's tests use, only those missing:
#   chromium         headless browser for the task pane end-to-end tests
#   coinor-cbc       native MILP solver, cross-checks our HiGHS results in tests and bench
#   libreoffice-calc recalculates written workbooks headlessly in the CLI tests
#   libsecret-1-dev  lets `npm ci` build office-addin-debugging's keytar (sideloading); optional otherwise
set -euo pipefail
packages=(chromium coinor-cbc libreoffice-calc libsecret-1-dev pkg-config poppler-utils)
missing=()
for p in "${packages[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "setup: system packages present (${packages[*]})"
  exit 0
fi
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "setup: installing ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
