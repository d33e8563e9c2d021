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
sizes=("${@:-20000 100000}")
read -r -a sizes <<< "${sizes[*]}"
PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
export PGHOST PGPORT PGUSER
database="loop_bench_search_$$"
port=${BENCH_PORT:-8097}
# A real management port: with 0 the API never finishes starting, and then ignores SIGTERM.
management=${BENCH_MANAGEMENT_PORT:-9097}
runs=${BENCH_RUNS:-21}
jar=api/target/quarkus-app/quarkus-run.jar
./mvnw -q -B package -DskipTests -pl api -am # always: a stale jar would measure old SQL
psql -qd postgres -c "create database $database"
app=""
cleanup() {
  [ -n "$app" ] && kill "$app" 2>/dev/null && wait "$app" 2>/dev/null || true
  psql -qd postgres -c "drop database if exists $database with (force)" || true
}
trap cleanup EXIT
QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PGHOST:$PGPORT/$database" QUARKUS_DATASOURCE_USERNAME="$PGUSER" \
QUARKUS_DATASOURCE_PASSWORD="${PGPASSWORD:-}" LOOP_JWT_GENERATE_KEYS=true QUARKUS_HTTP_PORT=$port QUARKUS_MANAGEMENT_PORT=$management \
LOOP_ADMIN_EMAIL=bench@example.org LOOP_ADMIN_PASSWORD=bench-password-0123 QUARKUS_LOG_LEVEL=WARN \
  "${JAVA_HOME:+$JAVA_HOME/bin/}java" -jar "$jar" > "$here/app.log" 2>&1 &
app=$!
until curl -sf "http://localhost:$port/q/health/ready" > /dev/null; do
  kill -0 "$app" 2>/dev/null || { echo "the API did not start: see $here/app.log" >&2; exit 1; }
  sleep 1
done
token=$(curl -sf -d grant_type=password -d username=bench@example.org -d password=bench-password-0123 \
  "http://localhost:$port/api/v1/auth/token" | sed 's/.*"access_token":"\([^"]*\)".*/\1/')

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
