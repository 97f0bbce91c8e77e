#!/usr/bin/env bash
# A fuzz campaign: every target (or the ones named) for exactly RUNS executions, JOBS
# targets at a time, each in its own corpus under fuzz/corpus/. Prints one line per target
# (its final "Done N runs" and exit status) and exits non-zero if any target failed.
#
#   fuzz/campaign.sh [-r RUNS] [-j JOBS] [TARGET...]
#
# RUNS defaults to 100000000 (the crate's bar: 10^8 executions per target without a
# crash), JOBS to the number of cores. Logs go to fuzz/campaign-logs/<target>.log.
set -euo pipefail

runs=100000000
jobs=$(nproc)
while getopts "r:j:" opt; do
  case $opt in
    r) runs=$OPTARG ;;
    j) jobs=$OPTARG ;;
    *) echo "usage: $0 [-r RUNS] [-j JOBS] [TARGET...]" >&2; exit 2 ;;
  esac
done
shift $((OPTIND - 1))

cd "$(dirname "$0")"
if [ $# -gt 0 ]; then
  targets=("$@")
else
  mapfile -t targets < <(cargo fuzz list)
fi
mkdir -p campaign-logs

run_one() {
  local t=$1 runs=$2
  mkdir -p "corpus/$t"
  local status=0
  cargo fuzz run --sanitizer none "$t" -- -runs="$runs" -print_final_stats=1 \
    >"campaign-logs/$t.log" 2>&1 || status=$?
  echo "$t: $(grep -Eo 'Done [0-9]+ runs in [0-9]+ second\(s\)' "campaign-logs/$t.log" || echo 'no final line') (exit $status)"
  return "$status"
}
export -f run_one

printf '%s\n' "${targets[@]}" | xargs -P "$jobs" -I{} bash -c 'run_one "$1" "$2"' _ {} "$runs"
