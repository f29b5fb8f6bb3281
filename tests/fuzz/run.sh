#!/usr/bin/env bash
# tests/fuzz/run.sh: build the libFuzzer targets and run each for a bounded time, one at a time.
#
#   tests/fuzz/run.sh [seconds-per-target] [target...]     (default 30 s, every target)
#
# Builds with clang -DHUSH_FUZZ=ON (ASan + UBSan) in $HUSH_FUZZ_BUILD (default build-fuzz/), warnings
# not fatal there: clang warns about things gcc does not, and that must not stop a fuzz run.
# New corpus entries go to tests/fuzz/corpus-work/<target>/ (git-ignored); the committed seeds in
# tests/fuzz/corpus/<target>/ are only read. Crash inputs land in corpus-work/crashes/<target>/ and
# the script exits 1 when any target found one (2 when the build failed).
# Replay one input: build-fuzz/tests/fuzz_<target> <file>
set -u
here=$(cd "$(dirname "$0")" && pwd)
src=$(cd "$here/../.." && pwd)
secs=${1:-30}
shift || true
build=${HUSH_FUZZ_BUILD:-$src/build-fuzz}
work=${HUSH_FUZZ_WORK:-$here/corpus-work}
jobs=${HUSH_FUZZ_JOBS:-2}

declare -A max_len=([json_rewrite]=16384 [sse_restore]=16384 [request_head]=8192 [guard]=128
                    [upstream_response]=16384 [detect_unicode]=4096
                    [config]=8192 [sni]=20000 [tls_meta]=20000 [ws_frame]=8192
                    [request_decode]=16384)
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    targets=(json_rewrite sse_restore request_head guard config sni tls_meta upstream_response
        detect_unicode ws_frame request_decode)
fi

if ! command -v clang >/dev/null; then
    echo "fuzz: clang not found" >&2
    exit 2
fi
CC=clang cmake -S "$src" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DHUSH_FUZZ=ON -DHUSH_WERROR=OFF >/dev/null ||
    exit 2
cmake --build "$build" -j"$jobs" --target "${targets[@]/#/fuzz_}" >/dev/null || exit 2

# UBSan reports must stop the run like ASan's; leaks are reported at exit of each input.
export ASAN_OPTIONS=${ASAN_OPTIONS:-abort_on_error=1:detect_leaks=1:allocator_may_return_null=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:abort_on_error=1:print_stacktrace=1}

failed=0
for t in "${targets[@]}"; do
    bin="$build/tests/fuzz_$t"
    [ -x "$bin" ] || { echo "fuzz: no target $t" >&2; failed=1; continue; }
    mkdir -p "$work/$t" "$work/crashes/$t"
    log="$work/$t.log"
    dict=()
    [ -f "$here/$t.dict" ] && dict=(-dict="$here/$t.dict")
    "$bin" "$work/$t" "$here/corpus/$t" "${dict[@]}" -max_total_time="$secs" \
        -max_len="${max_len[$t]:-4096}" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="$work/crashes/$t/" >"$log" 2>&1
    rc=$?
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    if [ $rc -ne 0 ]; then
        failed=1
        echo "fuzz_$t: FAILED (exit $rc) after ${execs:-?} executions; log $log, input in $work/crashes/$t/"
        grep -m3 -E 'ERROR|runtime error|abort|differs|refused|lets|reads' "$log" | sed 's/^/  /'
    else
        echo "fuzz_$t: ok, ${execs:-?} executions in ${secs}s, corpus $(ls "$work/$t" | wc -l) files"
    fi
done
exit $failed
