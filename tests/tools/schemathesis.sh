#!/usr/bin/env bash
# Checks the reference backend against public/openapi.yaml with schemathesis (a property-based
# API tester no one here wrote): every response must be in the spec, and none may be a 5xx.
# Runs once per role, at a small budget with a fixed seed so CI is repeatable.
set -euo pipefail
cd "$(dirname "$0")/../.."
db=$(mktemp -d)/schemathesis.sqlite
log=$(mktemp)
target/debug/okaeri-reference-backend --port 0 --db "$db" > "$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
for _ in $(seq 100); do grep -q 'http://127.0.0.1:' "$log" && break; sleep 0.1; done
url=$(grep -o 'http://127.0.0.1:[0-9]*' "$log" | head -1)
[ -n "$url" ] || { echo "reference backend did not start: $(cat "$log")" >&2; exit 1; }
for token in demo-coordinator demo-worker; do
  echo "==> schemathesis as $token against $url"
  .venv/bin/schemathesis run public/openapi.yaml --url "$url" \
    -H "Authorization: Bearer $token" \
    --checks not_a_server_error,status_code_conformance,content_type_conformance,response_headers_conformance,response_schema_conformance \
    --phases examples,coverage,fuzzing --max-examples "${SCHEMATHESIS_EXAMPLES:-10}" --seed 1 --warnings off
done
