#!/usr/bin/env bash
# `npm test`: everything, in order of speed. Lint, type check, unit and integration tests on
# SQLite and on a throwaway PostgreSQL server, the production build, then the browser tests in
# Chromium against it. Ends with one "N passed, N failed" line over all test runners.
set -euo pipefail
cd "$(dirname "$0")/../.."
export NEXT_TELEMETRY_DISABLED=1
mkdir -p tmp/reports
rm -f tmp/reports/*.json

step() { printf '\n\033[1m== %s\033[0m\n' "$1"; }

step "lint"
npm run --silent lint
step "type check"
npm run --silent typecheck
step "unit and integration tests (SQLite)"
npx vitest run --reporter=default --reporter=json --outputFile.json=tmp/reports/vitest-sqlite.json
step "integration tests (PostgreSQL)"
scripts/test/with-postgres.sh vitest run tests/integration --reporter=default --reporter=json --outputFile.json=tmp/reports/vitest-postgresql.json
step "production build"
npm run --silent build
step "browser tests (Chromium)"
PLAYWRIGHT_JSON_OUTPUT_NAME=tmp/reports/playwright.json npx playwright test --reporter=list,json

step "summary"
node scripts/test/summary.mjs tmp/reports
