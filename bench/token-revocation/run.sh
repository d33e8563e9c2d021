#!/usr/bin/env bash
# The cost of checking, on every request, that an access token's login is still active: runs the
# packaged API on a throw-away database on the local PostgreSQL and measures GET /api/v1/me and
# GET /api/v1/me/profile with one person's token under wrk. Give it the quarkus-app directory of
# another build (say, one made from the commit before the check) to measure that one instead.
# Then the time of the check's query alone, from EXPLAIN ANALYZE.
# Not part of ./mvnw verify. Needs wrk, psql and curl. Arguments: [quarkus-app directory].
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$root"
. "$root/bench/lib.sh"
app_dir="${1:-}"
if [ -z "$app_dir" ]; then
  bench_package
  app_dir=api/target/quarkus-app
fi
PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
export PGHOST PGPORT PGUSER
database="loop_bench_revocation_$$"
port=${BENCH_PORT:-8098}
log="${TMPDIR:-/tmp}/loop-bench-revocation-$$.log"
duration=${BENCH_DURATION:-20s}
connections=${BENCH_CONNECTIONS:-8}
psql -qd postgres -c "create database $database"
cleanup() {
  bench_stop_api
  psql -qd postgres -c "drop database if exists $database with (force)" || true
}
trap cleanup EXIT
BENCH_APP_DIR="$app_dir" bench_start_api "$port" "$log" \
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PGHOST:$PGPORT/$database" QUARKUS_DATASOURCE_USERNAME="$PGUSER" \
  QUARKUS_DATASOURCE_PASSWORD="${PGPASSWORD:-}" LOOP_ADMIN_EMAIL=bench@example.org \
  LOOP_ADMIN_PASSWORD=bench-password-0123 QUARKUS_LOG_LEVEL=WARN
token=$(bench_token "$port" bench@example.org bench-password-0123)
echo "== $app_dir: wrk -t2 -c$connections -d$duration, after a 5 s warm-up"
for path in /api/v1/me /api/v1/me/profile; do
  url="http://localhost:$port$path"
  [ "$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $token" "$url")" = 200 ] ||
    { echo "$path does not answer 200" >&2; exit 1; }
  wrk -t2 -c"$connections" -d5s -H "Authorization: Bearer $token" "$url" > /dev/null
  wrk -t2 -c"$connections" -d"$duration" --latency -H "Authorization: Bearer $token" "$url" |
    awk -v p="$path" '/Requests\/sec/ { rps = $2 } / 50%/ { p50 = $2 } / 99%/ { p99 = $2 }
      / Non-2xx/ { bad = $NF } END { printf "  %-22s %9s req/s   p50 %8s   p99 %8s   non-2xx %s\n", p, rps, p50, p99, bad + 0 }'
done
login=$(psql -tAd "$database" -c "select family_id from refresh_token where used_at is null and revoked_at is null limit 1")
echo "  the login check alone (EXPLAIN ANALYZE of its query, 5 times):"
for _ in 1 2 3 4 5; do
  psql -qd "$database" -c "explain analyze select count(*) from refresh_token where family_id = '$login'
    and used_at is null and revoked_at is null" | awk '/Scan/ { scan = $0; sub(/^ *(-> *)?/, "", scan); sub(/ *\(cost.*/, "", scan) }
    /Execution Time/ { printf "    %-60s %s %s\n", scan, $3, $4 }'
done
