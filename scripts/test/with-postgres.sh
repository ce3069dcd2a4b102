#!/usr/bin/env bash
# Runs a command against a throwaway PostgreSQL server that lives only for that command:
#   scripts/test/with-postgres.sh vitest run
# The server's URL is in TEST_DATABASE_URL (and PG_URL) for the command.
set -euo pipefail
cd "$(dirname "$0")/../.."

port=${PG_TEST_PORT:-$((55000 + RANDOM % 5000))}
dir="$(pwd)/tmp/pg-$port"
if [ "$(id -u)" = 0 ]; then
  # The postgres user must be able to reach the data directory.
  dir="/tmp/claimboard-pg-$port/data"
  mkdir -p "$(dirname "$dir")" && chmod 755 "$(dirname "$dir")"
fi
cleanup() { scripts/pg/throwaway.sh stop "$dir" || true; }
trap cleanup EXIT INT TERM

url=$(scripts/pg/throwaway.sh start "$dir" "$port")
echo "PostgreSQL test server: $url"
TEST_DATABASE_URL="$url" PG_URL="$url" npx "$@"
