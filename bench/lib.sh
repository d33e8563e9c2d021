# What the benchmarks that run the packaged API share: build it, start it on a database, wait until
# it is ready, stop it, and log in. Sourced by bench/*/run.sh after they set "root" (the repository).

bench_java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
bench_app=""

# Builds the packaged API: run it every time, a stale jar would measure old code.
bench_package() {
  (cd "$root" && ./mvnw -q -B package -DskipTests -pl api -am)
}

# bench_start_api PORT LOG [NAME=VALUE ...] [-- JAVA_OPTION ...]
# Starts the packaged API (the quarkus-app directory in BENCH_APP_DIR, else the one just built) in
# the background on HTTP port PORT with freshly generated signing keys, its output in LOG and the
# settings NAME=VALUE (the datasource, the first administrator ...) in its environment; sets
# bench_app to its process id and returns once it is ready.
# The management interface gets a real port, BENCH_MANAGEMENT_PORT or PORT + 1000: with
# QUARKUS_MANAGEMENT_PORT=0 the API serves requests but never finishes starting (a metrics
# registration fails when the port is bound), and then ignores SIGTERM.
bench_start_api() {
  local port="$1" log="$2" management="${BENCH_MANAGEMENT_PORT:-$(($1 + 1000))}" settings=() options=()
  shift 2
  while (($#)) && [[ "$1" != -- ]]; do settings+=("$1"); shift; done
  (($#)) && shift
  options=("$@")
  if [[ "$management" == 0 ]]; then
    echo "BENCH_MANAGEMENT_PORT=0 never finishes starting: give a free port" >&2
    return 1
  fi
  env LOOP_JWT_GENERATE_KEYS=true QUARKUS_HTTP_PORT="$port" QUARKUS_MANAGEMENT_PORT="$management" "${settings[@]}" \
    "$bench_java" "${options[@]}" -jar "${BENCH_APP_DIR:-$root/api/target/quarkus-app}/quarkus-run.jar" > "$log" 2>&1 &
  bench_app=$!
  until curl -sf "http://localhost:$port/q/health/ready" > /dev/null; do
    if ! kill -0 "$bench_app" 2> /dev/null; then
      echo "the API did not start: see $log" >&2
      tail -30 "$log" >&2
      bench_app=""
      return 1
    fi
    sleep 1
  done
}

# Stops the API that bench_start_api started, if it runs (for the scripts' EXIT traps).
bench_stop_api() {
  if [[ -n "$bench_app" ]]; then
    # Its exit status is 143 after SIGTERM: no reason to stop the caller (set -e) before its cleanup.
    kill "$bench_app" 2> /dev/null && wait "$bench_app" 2> /dev/null || true
    bench_app=""
  fi
  return 0
}

# bench_token PORT USERNAME PASSWORD: prints an access token of that account.
bench_token() {
  curl -sf -d grant_type=password --data-urlencode "username=$2" --data-urlencode "password=$3" \
    "http://localhost:$1/api/v1/auth/token" | sed 's/.*"access_token":"\([^"]*\)".*/\1/'
}
