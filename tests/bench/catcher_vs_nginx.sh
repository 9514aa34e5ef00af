#!/usr/bin/env bash
# Throughput of `hookbench serve` (durable: every 202 is committed to SQLite first) against nginx
# answering the same 202 from memory, in one run, same duration and connections, loopback only.
#
# usage: tests/bench/catcher_vs_nginx.sh [HOOKBENCH_BIN]
#   env: DURATION (s, default 10), CONNECTIONS (64), THREADS (2), SYNC (normal|full|both; normal),
#        PROCESS (no|yes|both, default both: no = intake only, every 202 durable, the goal's figure;
#        yes = serve also applies every delivery while it catches, as in production),
#        NGINX_WORKERS (default 1: one event loop, like serve's one HTTP thread),
#        ROUNDS (default 3: nginx and serve measured in turn, medians reported)
# Use a Release build: cmake -B build-rel -DCMAKE_BUILD_TYPE=Release -DHOOKBENCH_BUILD_GUI=OFF
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
bin=${1:-${HOOKBENCH_BIN:-$here/../../build-rel/hookbench}}
duration=${DURATION:-10}
connections=${CONNECTIONS:-64}
threads=${THREADS:-2}
sync_levels=${SYNC:-normal}
process_modes=${PROCESS:-both}
nginx_workers=${NGINX_WORKERS:-1}
rounds=${ROUNDS:-3}
[ "$sync_levels" = both ] && sync_levels="normal full"
[ "$process_modes" = both ] && process_modes="no yes"

for tool in wrk nginx; do
  command -v "$tool" >/dev/null || { echo "catcher_vs_nginx: $tool is not installed" >&2; exit 1; }
done
[ -x "$bin" ] || { echo "catcher_vs_nginx: no hookbench executable at $bin" >&2; exit 1; }

work=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# A 1 KB JSON body that the benchmark webhook maps (xp +1 for an existing user).
python3 - "$work/body.json" <<'PY'
import json, sys
body = {"email": "bench@example.com", "xp": 1, "padding": ""}
body["padding"] = "x" * (1024 - len(json.dumps(body)))
open(sys.argv[1], "w").write(json.dumps(body))
PY
export BODY_FILE="$work/body.json"

run_wrk() { # url label
  local out
  out=$(wrk -t"$threads" -c"$connections" -d"${duration}s" -s "$here/post_1k.lua" "$1")
  echo "--- $2" >&2
  echo "$out" >&2
  echo "$out" | awk '/Requests\/sec:/ {print $2}'
}

# nginx: a normal process with its own config, in the foreground, on a loopback port. It stays up
# (idle) between its turns, so each round measures it beside the serve runs of the same minute.
nginx_port=$(free_port)
mkdir -p "$work/nginx/logs"
cat >"$work/nginx/nginx.conf" <<CONF
worker_processes $nginx_workers;
daemon off;
pid $work/nginx/nginx.pid;
error_log $work/nginx/logs/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path $work/nginx/body;
  proxy_temp_path $work/nginx/proxy;
  fastcgi_temp_path $work/nginx/fastcgi;
  uwsgi_temp_path $work/nginx/uwsgi;
  scgi_temp_path $work/nginx/scgi;
  keepalive_requests 1000000;
  server {
    listen 127.0.0.1:$nginx_port;
    default_type application/json;
    location / { return 202 '{"delivery_id":1,"status":"pending"}'; }
  }
}
CONF
nginx -p "$work/nginx" -c "$work/nginx/nginx.conf" &
pids+=($!)
for _ in $(seq 1 50); do
  (exec 3<>/dev/tcp/127.0.0.1/"$nginx_port") 2>/dev/null && break
  sleep 0.1
done

cat >"$work/webhook.json" <<'JSON'
{"name": "bench", "user": {"identifier": "email", "path": "/email"},
 "currencies": [{"currency": "xp", "operator": "add", "path": "/xp"}]}
JSON

serve_rate() { # round level process -> prints req/s; a fresh store each time
  local db="$work/hookbench-$1-$2-$3.db" token port pid rate stored
  "$bin" --db "$db" user add --email bench@example.com --username bench >/dev/null
  token=$("$bin" --db "$db" --json webhook import "$work/webhook.json" |
          python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
  port=$(free_port)
  "$bin" --db "$db" serve --listen "127.0.0.1:$port" --sync "$2" --process "$3" >"$work/serve.out" 2>"$work/serve.err" &
  pid=$!
  for _ in $(seq 1 100); do
    grep -q '^listening on ' "$work/serve.out" && break
    sleep 0.1
  done
  grep -q '^listening on ' "$work/serve.out" || { cat "$work/serve.err" >&2; kill "$pid"; exit 1; }
  rate=$(run_wrk "http://127.0.0.1:$port/hooks/$token" "round $1: hookbench serve --sync $2 --process $3 (durable 202)")
  kill -TERM "$pid"; wait "$pid" || true
  stored=$(sqlite3 "$db" 'SELECT COUNT(*) FROM deliveries' 2>/dev/null || echo '?')
  echo "round $1: serve --sync $2 --process $3: $rate req/s, $stored deliveries stored" >&2
  rm -f "$db" "$db-wal" "$db-shm"
  echo "$rate"
}

# Rounds alternate nginx and serve, so a machine that drifts over minutes moves both; each
# round's ratio is taken within the round and the median of the rounds is reported.
results="$work/results"
: >"$results"
for round in $(seq 1 "$rounds"); do
  nginx_rate=$(run_wrk "http://127.0.0.1:$nginx_port/hooks/bench" "round $round: nginx (return 202 from memory)")
  echo "nginx - $nginx_rate" >>"$results"
  for level in $sync_levels; do
    for process in $process_modes; do
      rate=$(serve_rate "$round" "$level" "$process")
      echo "$level $process $rate $nginx_rate" >>"$results"
    done
  done
done

python3 - "$results" "$rounds" <<'PY'
import statistics, sys
rows = [line.split() for line in open(sys.argv[1])]
rounds = int(sys.argv[2])
nginx = [float(r[2]) for r in rows if r[0] == "nginx"]
print(f"\n{rounds} round(s), each: nginx then serve, wrk the same; medians over the rounds")
print(f"nginx (return 202 from memory)                     {statistics.median(nginx):10.0f} req/s"
      f"  (rounds: {', '.join(f'{n:.0f}' for n in nginx)})")
modes = []
for r in rows:
    if r[0] != "nginx" and (r[0], r[1]) not in modes:
        modes.append((r[0], r[1]))
for level, process in modes:
    runs = [(float(r[2]), float(r[3])) for r in rows if (r[0], r[1]) == (level, process)]
    ratios = [rate / base for rate, base in runs]
    what = "intake only" if process == "no" else "and processing"
    goal = "(goal >= 0.5)" if process == "no" else ""
    print(f"hookbench sync={level:<6} {what:<15} {statistics.median(r for r, _ in runs):10.0f} req/s"
          f"  {statistics.median(ratios):5.2f} x nginx {goal}"
          f"  (rounds: {', '.join(f'{x:.2f}' for x in ratios)})")
PY
