#!/usr/bin/env bash
# The rollup benchmark (bench-rollup) on one node, then with its partitions sent through RabbitMQ to two serve
# workers on this machine: both against the SQL floor measured in the same run. Arguments are the databases'
# settings, as for bench-rollup (see docs/performance.md); RabbitMQ on 127.0.0.1:5672 (guest/guest).
#   bin/bench-partitions.sh --date 2026-11-25 --forge.platform.url=... --forge.store.url=... [--rounds 3]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
logs="$(mktemp -d /tmp/bench-partitions.XXXXXX)"
queue="forge.partitions.bench-$$"
# Only the database and rollup settings go to the workers (not --date or --rounds).
worker_args=()
for arg in "$@"; do
  case "$arg" in --forge.*|--spring.*) worker_args+=("$arg") ;; esac
done
remote=(--forge.partitions.remote=true "--forge.partitions.queue=$queue")

echo "== one node: partitions on the job's own threads"
FORGE_JAVA_OPTS="${FORGE_JAVA_OPTS:--Xmx512m}" "$here/forge-monitor" bench-rollup "$@" --forge.partitions.remote=false

pids=()
stop_workers() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rabbitmqctl delete_queue "$queue" >/dev/null 2>&1 || true
}
trap stop_workers EXIT
for node in worker-1 worker-2; do
  FORGE_JAVA_OPTS=-Xmx512m "$here/forge-monitor" serve --node "$node" --server.port=0 "${remote[@]}" \
    "${worker_args[@]}" > "$logs/$node.log" 2>&1 &
  pids+=("$!")
done
for node in worker-1 worker-2; do
  until grep -q "Taking partitions" "$logs/$node.log"; do
    kill -0 "${pids[0]}" "${pids[1]}" || { echo "a worker did not start: see $logs" >&2; exit 1; }
    sleep 1
  done
done
echo "== manager and two serve workers: partitions through RabbitMQ (queue $queue, worker logs in $logs)"
FORGE_JAVA_OPTS="${FORGE_JAVA_OPTS:--Xmx512m}" "$here/forge-monitor" bench-rollup "$@" "${remote[@]}" \
  | tee "$logs/manager.log"
echo "partition requests sent: $(grep -o 'Sending [0-9]* partition' "$logs/manager.log" \
  | awk '{ n += $2 } END { print n + 0 }') in $(grep -cE '^(backfill|daily) [0-9-]+[.][.][0-9-]+: rollup' "$logs/manager.log") runs;" \
  "run by worker-1: $(grep -c ' runs here' "$logs/worker-1.log"), worker-2: $(grep -c ' runs here' "$logs/worker-2.log")"
