#!/usr/bin/env bash
# End-to-end benchmark of a batch matching run through the API, against a fresh PostgreSQL:
# 10,000 open requests x 2,000 offers (capacity 5) inserted with generate.sql, the packaged app
# started on that database, a run POSTed and polled until DONE. Then the algorithm alone in
# memory (bench/matching) for comparison. Not part of ./mvnw verify. Needs initdb/pg_ctl, curl, jq.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
pgport="${PGPORT:-55432}"
port="${APP_PORT:-18080}"
BENCH_MANAGEMENT_PORT="${APP_MANAGEMENT_PORT:-${BENCH_MANAGEMENT_PORT:-19080}}"
work="$here/target"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
. "$root/bench/lib.sh"
if [[ ! -f "$root/api/target/quarkus-app/quarkus-run.jar" ]]; then
  bench_package
fi

rm -rf "$work" && mkdir -p "$work/pg"
# PostgreSQL refuses to run as root: then the server runs as the postgres user.
as_pg=()
if [[ "$(id -u)" == 0 ]]; then
  chown postgres "$work/pg"
  chmod o+rx "$work" "$here"
  as_pg=(runuser -u postgres --)
fi
"${as_pg[@]}" initdb -D "$work/pg" -U loop --auth=trust > "$work/initdb.log"
"${as_pg[@]}" pg_ctl -D "$work/pg" -o "-p $pgport -k /tmp -c shared_buffers=256MB" -l "$work/pg/server.log" -w start > /dev/null
cleanup() {
  bench_stop_api
  "${as_pg[@]}" pg_ctl -D "$work/pg" -m fast stop > /dev/null || true
}
trap cleanup EXIT
psql -q -h localhost -p "$pgport" -U loop -d postgres -c "create database loop"

admin="bench-admin@bench.example.org"
password="Bench-run-password-2026"
read -r -a java_options <<< "${BENCH_JAVA_OPTS:--Xmx3g}"
bench_start_api "$port" "$work/app.log" QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://localhost:$pgport/loop" \
  QUARKUS_DATASOURCE_USERNAME=loop QUARKUS_DATASOURCE_PASSWORD=unused LOOP_ADMIN_EMAIL="$admin" \
  LOOP_ADMIN_PASSWORD="$password" -- "${java_options[@]}"
app=$bench_app

api="http://localhost:$port/api/v1"
token=$(bench_token "$port" "$admin" "$password")
auth=(-H "Authorization: Bearer $token")
coalition=$(curl -sf "${auth[@]}" -H 'Content-Type: application/json' \
  -d '{"name":"Bench coalition","description":"Benchmark","countries":["PT"],"admission":"OPEN"}' \
  "$api/coalitions" | jq -r .id)
echo "generating 10,000 requests x 2,000 offers in coalition $coalition ..."
psql -q -h localhost -p "$pgport" -U loop -d loop -v ON_ERROR_STOP=1 -v coalition="$coalition" -f "$here/generate.sql"

start=$(date +%s%N)
run=$(curl -sf "${auth[@]}" -H 'Content-Type: application/json' -d "{\"coalitionId\":\"$coalition\"}" \
  "$api/matching-runs" | jq -r .id)
while true; do
  status=$(curl -sf "${auth[@]}" "$api/matching-runs/$run" | jq -r .status)
  [[ "$status" == PENDING || "$status" == RUNNING ]] || break
  sleep 0.2
done
end=$(date +%s%N)
curl -sf "${auth[@]}" "$api/matching-runs/$run" | jq '{status, policyVersion, result}'
echo "end to end through the API: $(( (end - start) / 1000000 )) ms (POST to DONE seen by polling every 200 ms)"
grep -o "matching run $run: .*" "$work/app.log" || true
echo
echo "publishing the run (202 PUBLISHING, then the worker proposes the pairs in batches; polled until PUBLISHED) ..."
start=$(date +%s%N)
curl -sf "${auth[@]}" -X POST "$api/matching-runs/$run/publication" | jq '{status, progress}'
while true; do
  status=$(curl -sf "${auth[@]}" "$api/matching-runs/$run" | jq -r .status)
  [[ "$status" == PUBLISHING ]] || break
  sleep 0.2
done
end=$(date +%s%N)
curl -sf "${auth[@]}" "$api/matching-runs/$run" | jq '{status, progress, publication}'
[[ "$status" == PUBLISHED ]] || { echo "the run ended $status, not PUBLISHED"; exit 1; }
echo "publication through the API: $(( (end - start) / 1000000 )) ms (POST to PUBLISHED seen by polling every 200 ms)"
psql -qtA -h localhost -p "$pgport" -U loop -d loop \
  -c "select outcome, count(*) from matching_run_pair where run_id = '$run' group by outcome" 2>/dev/null || true
echo "app peak resident memory: $(awk '/VmHWM/ {print $2/1024 " MB"}' "/proc/$app/status")"
echo
echo "algorithm alone, in memory (bench/matching, its own generated cohort of the same size):"
"$root/bench/matching/run.sh" 10000 2000 5
