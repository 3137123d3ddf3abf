#!/usr/bin/env bash
# Prints, per service, JVM and native side by side: build time and builder peak memory (native), binary size,
# time from process start to the first 200 on /q/health/ready, and idle RSS once ready. Uses what is built:
#   ./mvnw -B package -DskipTests        (target/quarkus-app, the JVM build)
#   ./suite native                       (target/*-runner and its build-output-stats JSON)
# Each process runs alone, with -Xmx and -XX:ActiveProcessorCount set explicitly (the assembled native toolchain
# does not read cgroup limits), against a PostgreSQL (MEASURE_PG, default 127.0.0.1:5432, user postgres with trust
# authentication: a dummy password is sent because the services refuse an empty one; one database <service>_measure
# each, created if missing) with fresh throw-away keys, and an OIDC URL nothing answers at (the services start
# without it). Usage: scripts/native-vs-jvm.sh [service...]
set -euo pipefail
cd "$(dirname "$0")/.."

PG="${MEASURE_PG:-127.0.0.1:5432}"
XMX="${MEASURE_XMX:-256m}"
CPUS="${MEASURE_CPUS:-2}"
services=("$@")
[ ${#services[@]} -gt 0 ] || services=(consent-service redaction-service bot-service escalation-service)

JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"

# The native executable's run-time options: MEASURE_NATIVE_ARGS when set (e.g. "-Xmx128m -Xmn16m"), otherwise
# -Xmx (MEASURE_NATIVE_XMX, default 128m) and the processor count. NATIVE_ONLY=1 skips the JVM rows;
# MEASURE_KEEP_LOGS=<folder> keeps each process's log there (its start-up steps, with times), its smaps and its
# page faults up to ready (<service>-<executable>.ready);
# MEASURE_SPLIT (see measure) adds scripts/native-rss-split.sh's breakdown.
native_args() {
  if [ -n "${MEASURE_NATIVE_ARGS:-}" ]; then echo "$MEASURE_NATIVE_ARGS"; return; fi
  echo "-Xmx${MEASURE_NATIVE_XMX:-128m} -XX:ActiveProcessorCount=$CPUS"
}

if [ -n "${MEASURE_KEEP_LOGS:-}" ]; then mkdir -p "$MEASURE_KEEP_LOGS"; fi

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

create_db() { # creates database $1 on $PG when missing (with psql; without it the database must exist)
  local host="${PG%:*}" port="${PG#*:}"
  if command -v psql >/dev/null 2>&1; then
    psql -h "$host" -p "$port" -U postgres -tAc "select 1 from pg_database where datname='$1'" | grep -q 1 \
      || psql -h "$host" -p "$port" -U postgres -qc "create database $1"
  fi
}

ms_now() { date +%s%3N; }

# The readiness poll's pause (MEASURE_POLL_MS, default 10 ms; it was 50 ms, up to 50 ms of resolution on "ready").
# Stop 36 measured both: the 40-70 ms between "started in" and "ready" is there with either (docs/benchmarks.md).
# Each poll is one curl run.
POLL_MS="${MEASURE_POLL_MS:-10}"
POLL_S=$(awk -v ms="$POLL_MS" 'BEGIN { printf "%.3f", ms / 1000 }')

# The services refuse to start outside dev/test without real keys (ProductionSecrets): fresh throw-away ones per run.
b64key() { python3 -c 'import base64,os; print(base64.b64encode(os.urandom(32)).decode())'; }
ec_jwk() { # a fresh P-256 signing key as a JWK (consent-service's receipt key)
  openssl ecparam -name prime256v1 -genkey -noout 2>/dev/null | openssl ec -text -noout 2>/dev/null | python3 -c '
import base64, re, sys
t = sys.stdin.read()
def block(name):
    m = re.search(name + r":\s*((?:\s*[0-9a-f]{2}:?)+)", t)
    return bytes.fromhex(re.sub(r"[^0-9a-f]", "", m.group(1)))
d, pub = block("priv"), block("pub")
d = d[-32:].rjust(32, b"\0")
u = lambda b: base64.urlsafe_b64encode(b).decode().rstrip("=")
print("{\"kty\":\"EC\",\"crv\":\"P-256\",\"kid\":\"measure\",\"d\":\"%s\",\"x\":\"%s\",\"y\":\"%s\"}" % (u(d), u(pub[1:33]), u(pub[33:65])))'
}
export CRYPTO_ACTIVE_KEY=measure1 SUITE_CRYPTO_KEYS_MEASURE1="$(b64key)" REDACTION_HASH_KEY="$(b64key)" \
  RECEIPT_SIGNING_JWK="$(ec_jwk)" LLM_API_KEY=measure-no-key

# start <label> <command...>: runs the process, prints "<ready ms> <idle RSS MB>" and stops it
measure() {
  local svc="$1"; shift
  local http mgmt pid start ready rss log cpu
  http=$(free_port); mgmt=$(free_port)
  log=$(mktemp)
  start=$(ms_now)
  DB_URL="jdbc:postgresql://$PG/${svc//-service/}_measure" DB_USERNAME=postgres DB_PASSWORD=measure \
    OIDC_AUTH_SERVER_URL="http://127.0.0.1:1/realms/support" OIDC_CLIENT_SECRET=measure \
    QUARKUS_HTTP_PORT=$http QUARKUS_MANAGEMENT_PORT=$mgmt QUARKUS_LOG_CONSOLE_JSON_ENABLED=false \
    "$@" >"$log" 2>&1 &
  pid=$!
  ready=""
  for _ in $(seq 1 $((150 * 1000 / POLL_MS))); do
    if curl -fsS -o /dev/null "http://127.0.0.1:$mgmt/q/health/ready" 2>/dev/null; then
      ready=$(( $(ms_now) - start ))
      # CPU the process used up to ready (user + system, clock ticks): unlike wall time, not stretched by other load.
      cpu=$(awk -v hz="$(getconf CLK_TCK)" '{printf "%d", ($14 + $15) * 1000 / hz}' "/proc/$pid/stat")
      # With MEASURE_KEEP_LOGS: the page faults (minor, major) up to ready, into <service>-<executable>.ready.
      if [ -n "${MEASURE_KEEP_LOGS:-}" ]; then
        awk '{print "page faults to ready: " $10 " minor, " $12 " major"}' "/proc/$pid/stat" >"$MEASURE_KEEP_LOGS/$svc-$(basename "$1").ready"
      fi
      break
    fi
    kill -0 "$pid" 2>/dev/null || break
    sleep "$POLL_S"
  done
  if [ -z "$ready" ]; then
    echo "FAILED (log: $log)"; kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; return
  fi
  # Idle (MEASURE_IDLE_S seconds, default 10): start-up work (JIT, pools) settles and the native executable returns
  # its start-up pages (suite.memory.release-startup-pages, 5 s after start-up) before RSS is read.
  sleep "${MEASURE_IDLE_S:-10}"
  # RSS split as the kernel counts it: anonymous (heap, thread stacks, malloc) and file-backed (for a native
  # executable: its own code and image-heap pages; for the JVM: libjvm and the jars), and the thread count.
  rss=$(awk '/^VmRSS/{r=$2} /^RssAnon/{a=$2} /^RssFile/{f=$2} /^Threads/{t=$2} END{printf "%d %d %d %d", r/1024, a/1024, f/1024, t}' "/proc/$pid/status")
  started=$(grep -o 'started in [0-9.]*s' "$log" | head -1 | grep -o '[0-9.]*' || echo -)
  if [ -n "${MEASURE_KEEP_LOGS:-}" ]; then cp "/proc/$pid/smaps" "$MEASURE_KEEP_LOGS/$svc-$(basename "$1").smaps"; fi
  # The first and second request after idling (ms, on the readiness check: HTTP, a database query, JSON): the first
  # reads back from the page cache the code and data the release returned (and the JIT-less or cold paths on the JVM).
  first=$(curl -fsS -o /dev/null -w '%{time_total}' "http://127.0.0.1:$mgmt/q/health/ready" 2>/dev/null | awk '{printf "%.1f", $1 * 1000}' || echo -)
  second=$(curl -fsS -o /dev/null -w '%{time_total}' "http://127.0.0.1:$mgmt/q/health/ready" 2>/dev/null | awk '{printf "%.1f", $1 * 1000}' || echo -)
  # MEASURE_SPLIT="[--touch N | --pageout N]" (with MEASURE_KEEP_LOGS): scripts/native-rss-split.sh's breakdown of
  # the idle process, and its RSS after it, into <service>-<executable>.split.
  if [ -n "${MEASURE_SPLIT+x}" ] && [ -n "${MEASURE_KEEP_LOGS:-}" ]; then
    # shellcheck disable=SC2086
    { scripts/native-rss-split.sh "$pid" $MEASURE_SPLIT; grep -E '^(VmRSS|RssAnon|RssFile)' "/proc/$pid/status"; } \
      >"$MEASURE_KEEP_LOGS/$svc-$(basename "$1").split" 2>&1 || true
  fi
  # MEASURE_LOAD="wrk -t1 -c4 -d10s" (with MEASURE_KEEP_LOGS): then that load on /q/health/ready (a database check per
  # request) and the RSS after it, appended to the same file.
  if [ -n "${MEASURE_LOAD:-}" ] && [ -n "${MEASURE_KEEP_LOGS:-}" ]; then
    # shellcheck disable=SC2086
    { $MEASURE_LOAD "http://127.0.0.1:$mgmt/q/health/ready"; grep -E '^(VmRSS|RssAnon|RssFile)' "/proc/$pid/status"; } \
      >>"$MEASURE_KEEP_LOGS/$svc-$(basename "$1").split" 2>&1 || true
  fi
  kill "$pid"; wait "$pid" 2>/dev/null || true
  if [ -n "${MEASURE_KEEP_LOGS:-}" ]; then cp "$log" "$MEASURE_KEEP_LOGS/$svc-$(basename "$1").log"; fi
  rm -f "$log"
  echo "$ready $rss ${started:--} $cpu ${first:--}/${second:--}"
}

row() { printf '%-20s | %-6s | %-10s | %-13s | %-12s | %-10s | %-13s | %-22s | %-7s | %-11s\n' "$@"; }
row service mode build "builder peak" binary "ready (ms)" "started in, CPU ms" "idle RSS (anon+file)" threads "1st/2nd ms"
printf '%s\n' "---------------------|--------|------------|---------------|--------------|------------|---------------|------------------------|---------|------------"
for svc in "${services[@]}"; do
  db="${svc//-service/}_measure"; create_db "$db"
  if [ -z "${NATIVE_ONLY:-}" ] && [ -f "$svc/target/quarkus-app/quarkus-run.jar" ]; then
    size=$(du -sm "$svc/target/quarkus-app" | cut -f1)
    read -r ready rss anon file threads started cpu firsts <<<"$(measure "$svc" "$JAVA" -Xmx"$XMX" -XX:ActiveProcessorCount="$CPUS" -jar "$svc/target/quarkus-app/quarkus-run.jar")"
    row "$svc" jvm - - "${size} MB app" "$ready" "${started:-?} s, ${cpu:-?}" "${rss:-?} MB (${anon:-?}+${file:-?})" "${threads:-?}" "${firsts:-?}"
  fi
  runner=$(ls "$svc"/target/*-runner 2>/dev/null | head -1 || true)
  if [ -n "$runner" ]; then
    size=$(( $(stat -c %s "$runner") / 1048576 ))
    stats=$(ls "$svc"/target/*-native-image-source-jar/*-build-output-stats.json 2>/dev/null | head -1 || true)
    build=-; peak=-
    if [ -n "$stats" ]; then
      build=$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print("%d s" % d["resource_usage"]["total_secs"])' "$stats" 2>/dev/null || echo -)
      peak=$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print("%.1f GB" % (d["resource_usage"]["memory"]["peak_rss_bytes"]/1e9))' "$stats" 2>/dev/null || echo -)
    fi
    # shellcheck disable=SC2086
    read -r ready rss anon file threads started cpu firsts <<<"$(measure "$svc" "$runner" $(native_args "$svc"))"
    row "$svc" native "$build" "$peak" "${size} MB" "$ready" "${started:-?} s, ${cpu:-?}" "${rss:-?} MB (${anon:-?}+${file:-?})" "${threads:-?}" "${firsts:-?}"
  fi
done
