#!/usr/bin/env bash
# tests/fuzz/run.sh: build the libFuzzer targets and run each for a bounded time, one at a time.
#
#   tests/fuzz/run.sh [seconds-per-target] [target...]     (default 30 s, every target)
#   tests/fuzz/run.sh --smoke [target...]                  (what `make test` runs)
#
# --smoke is a gate, so it is repeatable: a fixed seed and a fixed number of inputs per target
# (runs[] below, about 10 s each on an idle 2-core machine), starting from the committed seeds
# only, in a fresh work directory. The same tree gives the same inputs on every machine, so a
# smoke run that passes here passes in CI; a slower machine is only slower (each target is capped
# at 300 s, and a cut-short run has tried a prefix of the same inputs). Exploring for new bugs is
# the timed, randomly seeded mode (`make fuzz`), whose finds become seeds and unit tests.
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
smoke=0
if [ "${1:-}" = --smoke ]; then
    smoke=1
    shift
    secs=300
else
    secs=${1:-30}
    shift || true
fi
build=${HUSH_FUZZ_BUILD:-$src/build-fuzz}
work=${HUSH_FUZZ_WORK:-$here/corpus-work}
jobs=${HUSH_FUZZ_JOBS:-2}

declare -A max_len=([json_rewrite]=16384 [sse_restore]=16384 [request_head]=8192 [guard]=128
                    [upstream_response]=16384 [detect_unicode]=4096
                    [config]=8192 [sni]=20000 [tls_meta]=20000 [ws_frame]=8192
                    [request_decode]=16384 [names]=1024)
# --smoke: inputs per target (fixed; see the top)
declare -A runs=([json_rewrite]=60000 [sse_restore]=80000 [request_head]=700000 [guard]=4000000
                 [upstream_response]=25000 [detect_unicode]=120000 [config]=130000 [sni]=2500000
                 [tls_meta]=200000 [ws_frame]=200000 [request_decode]=30000
                 [names]=600)
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    targets=(json_rewrite sse_restore request_head guard config sni tls_meta upstream_response
        detect_unicode ws_frame request_decode names)
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
    corpus=$work/$t mode=(-max_total_time="$secs") norand=()
    if [ $smoke = 1 ]; then
        corpus=$work/smoke/$t mode=(-max_total_time="$secs" -seed=1 -reload=0 -runs="${runs[$t]:-100000}")
        rm -rf "$corpus"
        # addresses fixed too (no ASLR), where the kernel lets us: hash tables keyed by pointers
        # then take the same paths on every run
        setarch "$(uname -m)" -R true 2>/dev/null && norand=(setarch "$(uname -m)" -R)
    fi
    mkdir -p "$corpus" "$work/crashes/$t"
    log="$work/$t.log"
    dict=()
    [ -f "$here/$t.dict" ] && dict=(-dict="$here/$t.dict")
    t0=$SECONDS
    "${norand[@]}" "$bin" "$corpus" "$here/corpus/$t" "${dict[@]}" "${mode[@]}" \
        -max_len="${max_len[$t]:-4096}" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="$work/crashes/$t/" >"$log" 2>&1
    rc=$?
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    if [ $rc -ne 0 ]; then
        failed=1
        echo "fuzz_$t: FAILED (exit $rc) after ${execs:-?} executions; log $log, input in $work/crashes/$t/"
        grep -m3 -E 'ERROR|runtime error|abort|differs|refused|lets|reads' "$log" | sed 's/^/  /'
    else
        echo "fuzz_$t: ok, ${execs:-?} executions in $((SECONDS - t0)) s, corpus $(ls "$corpus" | wc -l) files"
    fi
done
exit $failed
