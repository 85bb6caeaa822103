#!/usr/bin/env bash
# The quota-alerts job's evaluation with the alerts ahead of the thresholds (projections and unusual days) against
# the same evaluation with them turned off (thresholds only: the baseline), alternating in one run. Arguments are
# the databases' settings, as for bench-rollup (see docs/performance.md), after an optional --at and --rounds:
#   bin/bench-alerts.sh [--at 2026-11-25T12:00:00Z] [--rounds 3] --forge.platform.url=... --forge.store.url=...
# A first run announces what is due at that moment; every measured run then evaluates every quota again and
# announces nothing new, as the scheduled run every 10 minutes does almost always.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
at=2026-11-25T12:00:00Z
rounds=3
args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --at) at="$2"; shift 2 ;;
    --rounds) rounds="$2"; shift 2 ;;
    *) args+=("$1"); shift ;;
  esac
done
out="$(mktemp -d /tmp/bench-alerts.XXXXXX)"
common=(--forge.mail.transport=file "--forge.output-dir=$out" "${args[@]}")
export FORGE_JAVA_OPTS="${FORGE_JAVA_OPTS:--Xmx512m}"

# quota-evaluate's seconds, as the run's summary prints them ("quota-evaluate COMPLETED read 10000, ... 5.3 s").
evaluate() { # on|off
  local enabled=true
  [ "$1" = off ] && enabled=false
  "$here/forge-monitor" run quota-alerts "at=$at" "${common[@]}" "--forge.alerts.projections=$enabled" \
    "--forge.alerts.unusual-days=$enabled" > "$out/run.log" 2>&1 || { cat "$out/run.log" >&2; exit 1; }
  grep -E '^ *quota-evaluate +COMPLETED' "$out/run.log" | sed -E 's/.* ([0-9.]+) s$/\1/'
}

echo "bench-alerts: quota-alerts at=$at, $rounds round(s); files in $out" >&2
evaluate on > /dev/null
printf '%-7s %22s %30s %8s\n' round "thresholds only (s)" "with the early warnings (s)" ratio
ratios=()
for round in $(seq 1 "$rounds"); do
  base="$(evaluate off)"
  with="$(evaluate on)"
  ratio="$(awk -v a="$with" -v b="$base" 'BEGIN { printf "%.2f", a / b }')"
  ratios+=("$ratio")
  printf '%-7s %22s %30s %8s\n' "$round" "$base" "$with" "$ratio"
done
median="$(printf '%s\n' "${ratios[@]}" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }')"
echo "median ratio (with the early warnings / thresholds only): $median"
