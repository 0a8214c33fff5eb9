#!/usr/bin/env bash
# Every test, on a fresh machine too: dependencies, types, unit tests, a production build, browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "Installing Debian's chromium for the browser tests…"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "The browser tests need Debian's chromium: sudo apt-get install -y chromium" >&2
    exit 1
  fi
fi

# `npm install`, not `npm ci`: the registry here lacks other platforms' optional binaries.
npm install --no-audit --no-fund --loglevel=error
npm run typecheck
npx vitest run
npx next build
npx playwright test
