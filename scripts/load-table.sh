#!/usr/bin/env bash
# Load on each service's main endpoint of a RUNNING suite (`./suite up -d`, or `./suite up -d --native`), from a
# separate process, and each service's resident memory before and after. Prints one table row per service:
#   consent-service     GET  /v1/subjects/{id}/decisions/ai-assistance  (bot-service's client token)
#   redaction-service   POST /v1/redact, three support messages written for this script, two with personal data
#   escalation-service  POST /v1/handoffs, a new conversation and Idempotency-Key per request (a new ticket each)
#   bot-service         POST /v1/conversations/{id}/messages through the whole suite: MessageLoad (system-tests),
#                       because a turn needs consent, conversations and customers; start the suite with the raised
#                       budgets of docs/bot.md for it (otherwise the row measures the budgets)
# wrk (Debian package `wrk`): -t2 -c8 (LOAD_CONNECTIONS), a WARMUP-second run first (not counted), then DURATION
# seconds measured; more runs follow until the service has served at least 10,000 requests in all, then the RSS
# after is read (VmRSS of the process ./suite recorded, with its children, in MB), and the CPU milliseconds the
# service spent per request in the measured run (/proc/<pid>/stat; bot-service: MessageLoad's own figure).
# Usage: scripts/load-table.sh   (LOAD_DURATION=30 LOAD_WARMUP=5 LOAD_CONNECTIONS=8 LOAD_SERVICES="consent-service ...")
set -euo pipefail
cd "$(dirname "$0")/.."

home="${SUITE_HOME:-.suite}"
duration="${LOAD_DURATION:-30}"
warmup="${LOAD_WARMUP:-5}"
connections="${LOAD_CONNECTIONS:-8}"
services=(${LOAD_SERVICES:-consent-service redaction-service escalation-service bot-service})
command -v wrk >/dev/null || { echo "load-table: wrk is not installed (Debian package wrk)" >&2; exit 1; }

lua="$(mktemp -d)"
trap 'rm -rf "$lua"' EXIT

rss_mb() { # RSS in MB of the process in pid file $1 and its descendants
  local pid all p kb=0
  pid="$(cut -d' ' -f1 "$home/run/$1.pid")"
  all="$pid $(pgrep -P "$pid" || true)"
  for p in $all; do
    kb=$(( kb + $(awk '/^VmRSS/ {print $2}' "/proc/$p/status" 2>/dev/null || echo 0) ))
  done
  echo $(( kb / 1024 ))
}

cpu_ms() { # CPU milliseconds (user + system) used so far by the process in pid file $1 and its descendants
  local pid all p ticks=0 hz
  hz="$(getconf CLK_TCK)"
  pid="$(cut -d' ' -f1 "$home/run/$1.pid")"
  all="$pid $(pgrep -P "$pid" || true)"
  for p in $all; do
    ticks=$(( ticks + $(awk '{print $14 + $15}' "/proc/$p/stat" 2>/dev/null || echo 0) ))
  done
  echo $(( ticks * 1000 / hz ))
}

cat > "$lua/redact.lua" <<'EOF'
local texts = {
  '{"text":"Hi, this is Maria Keller, my card ending 4111 1111 1111 1111 was charged twice. Reach me at maria.keller@example.org or +44 20 7946 0958."}',
  '{"text":"How long does a transfer to another bank usually take, and is there a fee for it on a weekend?"}',
  '{"text":"Please move 200 EUR from DE89 3704 0044 0532 0130 00 to my savings, my name is Jonas Weber and I live at 12 Baker Street, London."}',
}
local i = 0
request = function()
  i = i + 1
  return wrk.format("POST", nil, nil, texts[(i % #texts) + 1])
end
EOF

cat > "$lua/handoff.lua" <<'EOF'
local n = 0
local function uuid()
  return string.format("%08x-%04x-4%03x-%04x-%012x", math.random(0, 0xffffffff), math.random(0, 0xffff),
    math.random(0, 0xfff), math.random(0x8000, 0xbfff), math.random(0, 0xffffffffffff))
end
local body = '{"conversationId":"%s","subjectId":"load-%d","reasons":["HUMAN_REQUESTED"],"locale":"en","channel":"web",'
  .. '"summary":"Customer asks for a person about a card payment.","transcript":[{"author":"CUSTOMER",'
  .. '"text":"I want to talk to a person about <CARD_1>.","at":"2026-12-01T10:00:00Z"}],"decisionRecordIds":[]}'
init = function(args)
  math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16) % 100000)
end
request = function()
  n = n + 1
  wrk.headers["Idempotency-Key"] = "load-" .. uuid()
  return wrk.format("POST", nil, nil, string.format(body, uuid(), n % 500))
end
EOF

# run_wrk <url> <lua or -> <seconds>: prints "<requests> <req/s> <p50 ms> <p99 ms> <non-2xx+errors>" (a fresh token
# each run: they live 5 minutes)
run_wrk() {
  local url="$1" script="$2" seconds="$3" out token
  token="$(./suite token bot-service)"
  local args=(-t2 -c"$connections" -d"${seconds}s" --latency -H "Authorization: Bearer $token"
              -H "Content-Type: application/json" -H "Accept: application/json")
  [ "$script" = - ] || args+=(-s "$script")
  out="$(wrk "${args[@]}" "$url")"
  python3 - "$out" <<'EOF'
import re, sys
o = sys.argv[1]
def ms(p):
    m = re.search(r"^\s*" + p + r"%\s+([\d.]+)(us|ms|s)\s*$", o, re.M)
    v, u = float(m.group(1)), m.group(2)
    return v / 1000 if u == "us" else v * 1000 if u == "s" else v
req = int(re.search(r"(\d+) requests in", o).group(1))
rps = float(re.search(r"Requests/sec:\s+([\d.]+)", o).group(1))
bad = sum(int(x) for x in re.findall(r"Non-2xx or 3xx responses: (\d+)", o))
bad += sum(int(x) for x in re.findall(r"(?:connect|read|write|timeout) (\d+)", o))
print(req, f"{rps:.0f}", f"{ms('50'):.2f}", f"{ms('99'):.2f}", bad)
EOF
}

printf '%-19s %-7s %8s %8s %8s %6s %8s %10s %8s %8s\n' service mode req/s p50_ms p99_ms errors requests CPU_ms/req RSS_idle RSS_after
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
for svc in "${services[@]}"; do
  [ -f "$home/run/$svc.pid" ] || { echo "load-table: $svc is not running (./suite up -d first)" >&2; continue; }
  mode=JVM
  if tr '\0' ' ' < "/proc/$(cut -d' ' -f1 "$home/run/$svc.pid")/cmdline" | grep -q -- '-runner'; then mode=native; fi
  before="$(rss_mb "$svc")"
  case "$svc" in
    consent-service) url="http://127.0.0.1:8081/v1/subjects/load-subject/decisions/ai-assistance"; script=- ;;
    redaction-service) url="http://127.0.0.1:8082/v1/redact"; script="$lua/redact.lua" ;;
    escalation-service) url="http://127.0.0.1:8084/v1/handoffs"; script="$lua/handoff.lua" ;;
    bot-service)
      out="$(./mvnw -B -q -pl system-tests -am test-compile -Pload -Dexec.mainClass=com.safesupport.system.load.MessageLoad \
        -Dexec.args="--connections $connections --duration $duration --warmup $warmup --home $home" 2>&1)"
      echo "$out" | grep -E "^(mode|messages|throughput|latency|CPU|  )" | sed 's/^/  bot-service MessageLoad: /' >&2
      read -r total rps p50 p99 bad < <(python3 - "$out" <<'EOF'
import re, sys
o = sys.argv[1]
m = re.search(r"messages: (\d+) .*errors: (\d+)", o)
print(m.group(1), re.search(r"throughput: ([\d.]+)", o).group(1), re.search(r"p50 ([\d.]+)", o).group(1),
      re.search(r"p99 ([\d.]+)", o).group(1), m.group(2))
EOF
)
      cpu="$(echo "$out" | awk -v s="$svc" '$1 == s {print $2}')"
      printf '%-19s %-7s %8s %8s %8s %6s %8s %10s %8s %8s\n' "$svc" "$mode" "$rps" "$p50" "$p99" "$bad" "$total" "${cpu:--}" "$before" "$(rss_mb "$svc")"
      continue ;;
  esac
  run_wrk "$url" "$script" "$warmup" >/dev/null
  cpu0="$(cpu_ms "$svc")"
  read -r total rps p50 p99 bad < <(run_wrk "$url" "$script" "$duration")
  cpu="$(python3 -c "print(f'{($(cpu_ms "$svc") - $cpu0) / $total:.2f}')")"
  all=$total
  while [ "$all" -lt 10000 ]; do
    read -r more _ < <(run_wrk "$url" "$script" 10)
    all=$(( all + more ))
  done
  printf '%-19s %-7s %8s %8s %8s %6s %8s %10s %8s %8s\n' "$svc" "$mode" "$rps" "$p50" "$p99" "$bad" "$all" "$cpu" "$before" "$(rss_mb "$svc")"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
