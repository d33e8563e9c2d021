#!/usr/bin/env bash
# Resource search at volume: loads synthetic published resources into a throw-away database on
# the local PostgreSQL, runs the packaged API against it and prints the median and 95th
# percentile time of GET /api/v1/resources for rare, frequent and ubiquitous words, filters and
# sorts, with and without facets; then, for the frequent words, the plan and execution time of the
# search's first page with the planner's free choice and as the listing runs it (index paths only).
# Not part of ./mvnw verify. Arguments: the bank sizes to measure, ascending (default 20000 100000).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$root"
. "$root/bench/lib.sh"
sizes=("${@:-20000 100000}")
read -r -a sizes <<< "${sizes[*]}"
PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
export PGHOST PGPORT PGUSER
database="loop_bench_search_$$"
port=${BENCH_PORT:-8097}
runs=${BENCH_RUNS:-21}
bench_package
psql -qd postgres -c "create database $database"
cleanup() {
  bench_stop_api
  psql -qd postgres -c "drop database if exists $database with (force)" || true
}
trap cleanup EXIT
bench_start_api "$port" "$here/app.log" QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PGHOST:$PGPORT/$database" \
  QUARKUS_DATASOURCE_USERNAME="$PGUSER" QUARKUS_DATASOURCE_PASSWORD="${PGPASSWORD:-}" \
  LOOP_ADMIN_EMAIL=bench@example.org LOOP_ADMIN_PASSWORD=bench-password-0123 QUARKUS_LOG_LEVEL=WARN
token=$(bench_token "$port" bench@example.org bench-password-0123)

queries=(
  "q=mentoring%20conversations"
  "q=induction"
  "q=teachers"
  "q=avalia%C3%A7%C3%A3o"
  "q=induction&country=EE"
  "q=induction&sort=RATING"
  "q=induction&facets=true"
  "q=teachers&facets=true"
  "sort=NEWEST"
  "sort=RATING"
  "country=EE&type=VIDEO"
  "licence=CC0-1.0"
  "facets=true"
)
time_query() {
  local url="http://localhost:$port/api/v1/resources?limit=20&$1" i
  for ((i = 0; i < 3; i++)); do curl -sf -o /dev/null -H "Authorization: Bearer $token" "$url"; done
  for ((i = 0; i < runs; i++)); do
    curl -sf -o /dev/null -w '%{time_total}\n' -H "Authorization: Bearer $token" "$url"
  done | sort -n | awk -v q="$1" '{ t[NR] = $1 * 1000 } END {
    printf "  %-32s median %7.1f ms   p95 %7.1f ms\n", q, t[int((NR + 1) / 2)], t[int(NR * 0.95 + 0.5)] }'
}
from=1
for size in "${sizes[@]}"; do
  echo "== $size synthetic published resources"
  start=$(date +%s)
  psql -qd "$database" -v from="$from" -v to="$size" -f "$root/api/src/test/resources/resource-search/synthetic-resources.sql"
  psql -qd "$database" -c "analyze learning_resource"
  echo "  (inserted $((size - from + 1)) in $(( $(date +%s) - start )) s)"
  from=$((size + 1))
  for query in "${queries[@]}"; do time_query "$query"; done
  for word in induction teachers; do
    echo "-- first page of q=$word"
    psql -qd "$database" -v q="$word" -f "$here/frequent-word.sql" |
      grep -E "^--|Execution Time|Seq Scan|Index Scan|Bitmap Heap Scan" | sed 's/^/  /'
  done
done
