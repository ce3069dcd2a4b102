#!/usr/bin/env bash
# Installs the system packages the tests need when they are missing: Debian's Chromium (Playwright
# cannot download its own browser here) and the PostgreSQL server (for the throwaway test cluster).
set -euo pipefail

need=()
[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || need+=(chromium)
ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1 || need+=(postgresql)
id postgres >/dev/null 2>&1 || need+=(postgresql)

if [ ${#need[@]} -eq 0 ]; then
  echo "System dependencies present (chromium, postgresql)."
  exit 0
fi

sudo=""
if [ "$(id -u)" != 0 ]; then
  command -v sudo >/dev/null || { echo "Need root (or sudo) to install: ${need[*]}" >&2; exit 1; }
  sudo="sudo"
fi
echo "Installing: ${need[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends $(printf '%s\n' "${need[@]}" | sort -u) fonts-dejavu-core >/dev/null
