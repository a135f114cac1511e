#!/usr/bin/env bash
# Cold start of the assembled distribution: seconds from launching bin/polku to the first
# healthy answer of GET /api/health, N times (default 5), each on an empty data folder
# (so every run includes initdb and all migrations), then N restarts on the same data.
# Prints each run and the medians. Build first: mvn -q -DskipTests package
set -euo pipefail
cd "$(dirname "$0")/.."
home=platform/distribution/target/polku
runs=${1:-5}
port=${PORT:-18080}
[ -x "$home/bin/polku" ] || { echo "build first: mvn -q -DskipTests package" >&2; exit 2; }

one() { # $1 data dir; prints seconds to healthy
  local start end pid
  start=$(date +%s.%N)
  POLKU_HTTP_PORT=$port POLKU_DATA_DIR="$1" POLKU_MODE=demo "$home/bin/polku" >"$1.log" 2>&1 &
  pid=$!
  until curl -sf "http://localhost:$port/api/health" >/dev/null; do
    kill -0 $pid 2>/dev/null || { echo "polku exited; see $1.log" >&2; exit 1; }
    sleep 0.05
  done
  end=$(date +%s.%N)
  kill -TERM $pid; wait $pid || true
  echo "$end - $start" | bc
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fresh=(); again=()
for i in $(seq "$runs"); do
  t=$(one "$tmp/fresh-$i"); fresh+=("$t"); echo "empty data folder, run $i: ${t}s"
done
for i in $(seq "$runs"); do
  t=$(one "$tmp/fresh-1"); again+=("$t"); echo "existing data, run $i: ${t}s"
done
echo "median to first healthy response, empty data folder: $(printf '%s\n' "${fresh[@]}" | median)s"
echo "median to first healthy response, existing data:     $(printf '%s\n' "${again[@]}" | median)s"
echo "distribution size: $(du -sh "$home" --exclude=data | cut -f1) ($(find "$home/system" -name '*.jar' | wc -l) bundles)"
