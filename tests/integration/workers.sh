# workers = auto counts the CPUs hush may run on, not the CPUs online: started under
# `taskset -c 0` it runs one event loop (two would only take turns on that core) and says so in
# its start-up lines; started on its whole affinity mask it runs one per CPU of the mask (capped
# by a cgroup CPU quota when one is logged). Loopback only.
source "$HUSH_TESTS/helpers/lib.sh"
command -v taskset >/dev/null || { echo "SKIP: no taskset" >&2; exit 77; }
first_cpu=$(taskset -cp $$ | sed 's/.*: *//; s/[-,].*//')

start_hush pinned HUSH_WORKERS=auto taskset -c "$first_cpu"
check "pinned to one CPU: the start line says workers=1" \
    grep -q 'event=listening .*workers=1 ' "$HUSH_LOG"
check "... and why: one CPU allowed" \
    grep -q 'event=workers_auto workers=1 cpus_online=[0-9]* cpus_allowed=1 ' "$HUSH_LOG"
expect_match "... and it serves" '"status":"ok"' "$(curl -s "http://127.0.0.1:$HUSH_PORT/healthz")"

allowed=$(nproc) # the test's own affinity mask, which hush inherits
start_hush whole HUSH_WORKERS=auto
quota=$(sed -n 's/.*event=workers_auto .* cpu_quota=\([a-z0-9]*\).*/\1/p' "$HUSH_LOG")
want=$allowed
if [ "$quota" != none ] && [ "$quota" -lt "$allowed" ]; then want=$quota; fi
check "on the whole mask: cpus_allowed=$allowed" \
    grep -q "event=workers_auto .* cpus_allowed=$allowed " "$HUSH_LOG"
check "... and workers=$want (quota: $quota)" grep -q "event=listening .*workers=$want " "$HUSH_LOG"

start_hush fixed HUSH_WORKERS=3 taskset -c "$first_cpu"
check "a number is taken as given, pinned or not" grep -q 'event=listening .*workers=3 ' "$HUSH_LOG"
check "... without the auto line" bash -c "! grep -q event=workers_auto '$HUSH_LOG'"
finish
