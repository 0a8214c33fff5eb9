#!/usr/bin/env bash
# Every test, on a fresh machine too: dependencies, types, unit tests, a production build, browser tests.
set -euo pipefail
# Nothing leaves the machine: no Next.js telemetry during the build or the servers the tests start.
export NEXT_TELEMETRY_DISABLED=1
cd "$(dirname "$0")/.."

# Browser tests need Debian's chromium; the PDF tests read the fiche with poppler's pdftotext.
missing=()
[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || missing+=(chromium)
command -v pdftotext >/dev/null || missing+=(poppler-utils)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "Installing ${missing[*]} for the tests…"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "The tests need: sudo apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
fi

# `npm install`, not `npm ci`: the registry here lacks other platforms' optional binaries.
npm install --no-audit --no-fund --loglevel=error
npm run typecheck
npm run lint
npm run format:check
npx vitest run
npm run build
npx playwright test
