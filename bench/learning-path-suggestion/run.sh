#!/usr/bin/env bash
# The personal learning path suggestion at volume: a throw-away database on the local PostgreSQL
# with the demo data (people with submitted questionnaires), 10,000 published learning path
# templates and synthetic published resources up to each size; the packaged API against it; then,
# for each size, GET /api/v1/me/learning-path-suggestion from 8 concurrent callers (four demo
# people) after a warm-up: median, 90th and 99th percentile, throughput; and the plan and execution
# time of the two queries whose work grows with the bank. Not part of ./mvnw verify.
# Arguments: the bank sizes to measure, ascending (default 10000 100000).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$root"
. "$root/bench/lib.sh"
sizes=("${@:-10000 100000}")
read -r -a sizes <<< "${sizes[*]}"
PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
export PGHOST PGPORT PGUSER
database="loop_bench_path_$$"
port=${BENCH_PORT:-8098}
callers=${BENCH_CALLERS:-8}
warmup=${BENCH_WARMUP:-160}
requests=${BENCH_REQUESTS:-400}
templates=${BENCH_TEMPLATES:-10000}
java="$bench_java"
mkdir -p "$here/target"
bench_package
psql -qd postgres -c "create database $database"
cleanup() {
  bench_stop_api
  psql -qd postgres -c "drop database if exists $database with (force)" || true
}
trap cleanup EXIT
# LOOP_DEMO_DATA_ENABLED: the demo people, their questionnaires, the 69 demo resources and the 3
# demo templates, loaded through the services at the first start, as the one-command run does.
bench_start_api "$port" "$here/target/app.log" \
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PGHOST:$PGPORT/$database" QUARKUS_DATASOURCE_USERNAME="$PGUSER" \
  QUARKUS_DATASOURCE_PASSWORD="${PGPASSWORD:-}" LOOP_DEMO_DATA_ENABLED=true QUARKUS_LOG_LEVEL=WARN
api="http://localhost:$port/api/v1"
people=(ana.costa joao.silva maria.lehtinen sofia.garcia) # the demo people with a submitted questionnaire
token() {
  bench_token "$port" "$1@demo.loopmentoring.eu" loop-demo-password
}

start=$(date +%s)
psql -qd "$database" -v ON_ERROR_STOP=1 -v count="$templates" -f "$here/templates.sql"
psql -qd "$database" -c "vacuum analyze learning_path"
echo "== $(psql -Atd "$database" -c "select count(*) from learning_path where status = 'PUBLISHED'") published templates" \
  "(inserted in $(( $(date +%s) - start )) s)"
from=1
for size in "${sizes[@]}"; do
  start=$(date +%s)
  psql -qd "$database" -v ON_ERROR_STOP=1 -v from="$from" -v to="$size" \
    -f "$root/api/src/test/resources/resource-search/synthetic-resources.sql"
  psql -qd "$database" -v ON_ERROR_STOP=1 -v from="$from" -v to="$size" -f "$here/profile-metadata.sql"
  psql -qd "$database" -c "vacuum analyze learning_resource"
  published=$(psql -Atd "$database" -c "select count(*) from learning_resource where status = 'PUBLISHED'")
  echo "== $published published resources ($size synthetic, inserted in $(( $(date +%s) - start )) s;" \
    "table $(psql -Atd "$database" -c "select pg_size_pretty(pg_table_size('learning_resource'))")), load average $(cut -d' ' -f1-3 /proc/loadavg)"
  from=$((size + 1))
  tokens=()
  for person in "${people[@]}"; do tokens+=("$(token "$person")"); done
  for ((i = 0; i < ${#people[@]}; i++)); do
    curl -sf -H "Authorization: Bearer ${tokens[$i]}" "$api/me/learning-path-suggestion" |
      jq -r --arg who "${people[$i]}" '"  \($who): \([.steps[] | select(.kind == "RESOURCE")] | length) resource steps in \(.modules | length) modules (\([.modules[].title] | join(", ")))"'
  done
  "$java" "$here/Bench.java" "$api/me/learning-path-suggestion" "$callers" "$warmup" "$requests" "${tokens[@]}"
  echo "  load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
  # Ana's languages and topics (her training needs and interests), as her suggestion asks for them.
  psql -qd "$database" -v languages=pt,en -v topics=classroom-management,digital-pedagogy,assessment-for-learning \
    -f "$here/preselect.sql" | grep -E "^--|Execution Time|Scan|Sort Method|Limit|Aggregate|Buffers" | sed 's/^/  /'
done
