# gateway/'s wings stay layered: core < http < net < upstream < exchange < ws < front < cli. A file
# in a wing includes only its own wing's headers and the one header (gateway/X/X.h) of each wing
# below it; nothing lives in gateway/ itself, and every folder is a known wing. The checker is
# first run on a small tree with each kind of fault, so a checker that stopped finding them fails.
source "$HUSH_TESTS/helpers/lib.sh"

WINGS=(core http net upstream exchange ws front cli)

rank() { # rank WING: its place bottom to top, or -1
    local i
    for i in "${!WINGS[@]}"; do
        if [ "${WINGS[$i]}" = "$1" ]; then
            echo "$i"
            return
        fi
    done
    echo -1
}

# layering_faults ROOT: one line per fault in ROOT/gateway; nothing when it is layered.
layering_faults() {
    local root=$1 f rel wing inc x
    for f in "$root"/gateway/*; do
        [ -e "$f" ] || continue
        if [ -f "$f" ]; then
            echo "file in gateway/ itself: ${f#"$root"/}"
        elif [ "$(rank "$(basename "$f")")" -lt 0 ]; then
            echo "not a wing: ${f#"$root"/}"
        fi
    done
    while IFS= read -r f; do
        rel=${f#"$root"/gateway/}
        wing=${rel%%/*}
        [ "$(rank "$wing")" -ge 0 ] || continue
        while IFS= read -r inc; do
            x=${inc%%/*}
            if [ "$x" = "$wing" ]; then
                continue
            fi
            if [ "$(rank "$x")" -lt 0 ]; then
                echo "$rel includes gateway/$inc: not a wing's header"
            elif [ "$(rank "$x")" -gt "$(rank "$wing")" ]; then
                echo "$rel includes gateway/$inc: $x is above $wing"
            elif [ "$inc" != "$x/$x.h" ]; then
                echo "$rel includes gateway/$inc: private to $x (use gateway/$x/$x.h)"
            fi
        done < <(sed -n 's|^[[:space:]]*#[[:space:]]*include[[:space:]]*"gateway/\([^"]*\)".*|\1|p' "$f")
    done < <(find "$root/gateway" -mindepth 2 -type f \( -name '*.c' -o -name '*.h' \) | sort)
}

# The checker on a tree with one of each fault, then on a clean one.
bad="$T/bad"
mkdir -p "$bad/gateway/core" "$bad/gateway/net" "$bad/gateway/ws" "$bad/gateway/misc"
echo '#include "gateway/net/net.h"' >"$bad/gateway/core/run.c"
echo '#include "gateway/ws/ws_relay.h"' >"$bad/gateway/net/dial.c"
echo '#include "gateway/internal.h"' >"$bad/gateway/ws/ws.h"
echo 'int x;' >"$bad/gateway/stray.c"
faults=$(layering_faults "$bad")
expect_match "an upward include is found" 'core/run.c includes gateway/net/net.h: net is above core' "$faults"
expect_match "an include of another wing's private header is found" \
    'net/dial.c includes gateway/ws/ws_relay.h' "$faults"
expect_match "an include of a header outside the wings is found" \
    'ws/ws.h includes gateway/internal.h' "$faults"
expect_match "a .c in gateway/ itself is found" 'file in gateway/ itself: gateway/stray.c' "$faults"
expect_match "an unknown folder is found" 'not a wing: gateway/misc' "$faults"
good="$T/good"
mkdir -p "$good/gateway/core" "$good/gateway/ws"
echo '#include "gateway/core/core.h"' >"$good/gateway/ws/ws.h"
echo '#include "gateway/ws/ws_relay.h"' >"$good/gateway/ws/ws_conn.c"
expect_eq "a layered tree has no faults" "" "$(layering_faults "$good")"

faults=$(layering_faults "$HUSH_SRC")
expect_eq "gateway/ is layered (no file in it, no upward or private include)" "" "$faults"
[ -z "$faults" ] || echo "$faults" | sed 's/^/# /'
finish
