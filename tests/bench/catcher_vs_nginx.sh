#!/usr/bin/env bash
# Throughput of `hookbench serve` (durable: every 202 is committed to SQLite first) against nginx
# answering the same 202 from memory, in one run, same duration and connections, loopback only.
#
# usage: tests/bench/catcher_vs_nginx.sh [HOOKBENCH_BIN]
#   env: DURATION (s, default 10), CONNECTIONS (64), THREADS (2), SYNC (normal|full|both; normal),
#        PROCESS (no|yes|both, default both: no = intake only, every 202 durable, the goal's figure;
#        yes = serve also applies every delivery while it catches, as in production),
#        NGINX_WORKERS (default 1: one event loop, like serve's one HTTP thread)
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

# nginx: a normal process with its own config, in the foreground, on a loopback port.
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
nginx_rate=$(run_wrk "http://127.0.0.1:$nginx_port/hooks/bench" "nginx (return 202 from memory)")
kill "${pids[0]}"; wait "${pids[0]}" 2>/dev/null || true; pids=()

results=()
for level in $sync_levels; do
for process in $process_modes; do
  db="$work/hookbench-$level-$process.db"
  cat >"$work/webhook.json" <<'JSON'
{"name": "bench", "user": {"identifier": "email", "path": "/email"},
 "currencies": [{"currency": "xp", "operator": "add", "path": "/xp"}]}
JSON
  "$bin" --db "$db" user add --email bench@example.com --username bench >/dev/null
  token=$("$bin" --db "$db" --json webhook import "$work/webhook.json" |
          python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
  port=$(free_port)
  "$bin" --db "$db" serve --listen "127.0.0.1:$port" --sync "$level" --process "$process" >"$work/serve.out" 2>"$work/serve.err" &
  pids+=($!)
  for _ in $(seq 1 100); do
    grep -q '^listening on ' "$work/serve.out" && break
    sleep 0.1
  done
  grep -q '^listening on ' "$work/serve.out" || { cat "$work/serve.err" >&2; exit 1; }
  rate=$(run_wrk "http://127.0.0.1:$port/hooks/$token" "hookbench serve --sync $level --process $process (durable 202)")
  kill -TERM "${pids[0]}"; wait "${pids[0]}" || true; pids=()
  stored=$(sqlite3 "$db" 'SELECT COUNT(*) FROM deliveries' 2>/dev/null || echo '?')
  ratio=$(python3 -c "print(f'{$rate / $nginx_rate:.2f}')")
  what="intake only"
  [ "$process" = yes ] && what="and processing"
  goal=""
  [ "$process" = no ] && goal="(goal >= 0.5)"
  results+=("$(printf 'hookbench sync=%-6s %-15s %10.0f req/s  %5s x nginx  %s  [%s stored]' \
                "$level" "$what" "$rate" "$ratio" "$goal" "$stored")")
done
done
printf '\nnginx (return 202 from memory)          %10.0f req/s\n' "$nginx_rate"
printf '%s\n' "${results[@]}"
