# The Debian package: `make deb` builds hush_<version>_<arch>.deb with dpkg-buildpackage and
# lintian passes (make deb fails otherwise). The package holds the binary, the unit, the
# transparent-mode drop-in, the conffile and the data directory, and never a CA. It is then
# installed with dpkg into a throw-away root: a copy-on-write overlay of this machine's / in a
# private mount and network namespace, so the host's files, users and dpkg database are never
# touched. There the installed hush runs (--version, check-config, a real start as the hush user
# that generates the CA in /var/lib/hush), and remove then purge leave nothing behind but the
# hush user and dpkg's own records.
source "$HUSH_TESTS/helpers/lib.sh"
SRC=${HUSH_SRC:-$(cd "$HUSH_TESTS/.." && pwd)}

for tool in dpkg-buildpackage dh lintian rsync; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "SKIP: $tool is not installed (contrib/deps.sh test installs it; make deb needs it)" >&2
        exit 77
    fi
done

# ---- build ----------------------------------------------------------------------------------
# build-deb/ is shared by the plain and the sanitizer suite (it keeps the package's own build, so
# the second build is incremental); the lock keeps two runs from building in it at once.
OUT=$SRC/build-deb
mkdir -p "$OUT"
version=$("$HUSH_BIN" --version | sed -n 's/^hush \([0-9][0-9.]*\).*/\1/p' | head -1)
arch=$(dpkg-architecture -qDEB_HOST_ARCH)
DEB=$OUT/hush_${version}_${arch}.deb
rm -f "$DEB"
if flock -w 900 "$OUT/.lock" make --no-print-directory -C "$SRC" deb >"$T/make-deb.log" 2>&1; then
    ok "make deb built the package and lintian found no error or warning"
else
    not_ok "make deb failed"
    tail -40 "$T/make-deb.log"
fi
check "the package is named hush_${version}_${arch}.deb" test -f "$DEB"
test -f "$DEB" || { finish; exit 1; }

dpkg-deb -c "$DEB" | awk '{print $6}' | sed 's|^\./|/|' >"$T/contents"
for f in /usr/bin/hush /lib/systemd/system/hush.service /usr/share/hush/hush-transparent.conf \
    /etc/hush/proxy-config.json /var/lib/hush/ /usr/share/man/man1/hush.1.gz; do
    check "the package ships $f" grep -qx "$f" "$T/contents"
done
check "the package ships no CA or key" bash -c "! grep -E '\.pem$|ca-cert|ca-key' '$T/contents'"
expect_eq "the configuration is a conffile" /etc/hush/proxy-config.json \
    "$(dpkg-deb --ctrl-tarfile "$DEB" | tar -xOf - ./conffiles)"
dpkg-deb --fsys-tarfile "$DEB" | tar -xOf - ./lib/systemd/system/hush.service >"$T/hush.service"
check "the unit runs /usr/bin/hush" grep -q '^ExecStart=.*exec /usr/bin/hush --config /etc/hush/proxy-config.json' "$T/hush.service"
check "the unit runs as the hush user, not a dynamic one" \
    bash -c "grep -qx 'User=hush' '$T/hush.service' && ! grep -q 'DynamicUser\|/usr/local' '$T/hush.service'"
dpkg-deb --fsys-tarfile "$DEB" | tar -xOf - ./usr/share/hush/hush-transparent.conf >"$T/tp.conf"
check "the transparent drop-in runs /usr/bin/hush" \
    bash -c "grep -q 'exec /usr/bin/hush transparent apply' '$T/tp.conf' && ! grep -q /usr/local '$T/tp.conf'"
if command -v systemd-analyze >/dev/null 2>&1; then
    mkdir -p "$T/unit"
    sed -e "s|/usr/bin/hush|$HUSH_BIN|g" "$T/hush.service" >"$T/unit/hush.service"
    # --man=no: the man page is in the package, not on this machine.
    check "systemd-analyze verify accepts the packaged unit" \
        bash -c "systemd-analyze verify --man=no '$T/unit/hush.service' >'$T/verify.log' 2>&1 && ! test -s '$T/verify.log'"
fi

# ---- install, run, remove, purge in a throw-away root ----------------------------------------
if [ "$(id -u)" -ne 0 ]; then
    echo "SKIP: installing the package into a throw-away root needs root (CI runs as root); the build checks above ran" >&2
    finish
    exit 77
fi
cp "$DEB" "$T/hush.deb"
cat >"$T/inside.sh" <<'EOF'
# Runs chrooted in the overlay. Prints PASS/FAIL lines.
set -u
pass() { echo "PASS $*"; }
fail() { echo "FAIL $*"; }
chk() { local d=$1; shift; if "$@" >/dev/null 2>&1; then pass "$d"; else fail "$d"; fi; }
ip link set lo up 2>/dev/null || true
if dpkg -i /pkg/hush.deb >/pkg/install.log 2>&1; then pass "dpkg -i installs the package"; else
    fail "dpkg -i installs the package: $(tail -5 /pkg/install.log | tr '\n' ' ')"; fi
v=$(/usr/bin/hush --version 2>&1)
case "$v" in "hush $1"*) pass "the installed /usr/bin/hush --version says $1" ;; *) fail "hush --version: $v" ;; esac
if /usr/bin/hush check-config /etc/hush/proxy-config.json >/pkg/eff.json 2>/pkg/cc.err; then
    pass "hush check-config accepts the installed /etc/hush/proxy-config.json"
else fail "hush check-config: $(cat /pkg/cc.err)"; fi
chk "the installed config keeps the CA in /var/lib/hush" grep -q '"dataDir": "/var/lib/hush"' /pkg/eff.json
u=$(getent passwd hush)
case "$u" in
hush:x:*:*:*:/var/lib/hush:/usr/sbin/nologin) pass "postinst created the hush system user" ;;
*) fail "the hush user: '$u'" ;;
esac
uid=$(id -u hush 2>/dev/null || echo 99999)
chk "the hush user is a system user (uid $uid < 1000)" test "$uid" -lt 1000
[ "$(stat -c '%U:%G %a' /var/lib/hush)" = "hush:hush 700" ] && pass "/var/lib/hush is hush:hush 0700" ||
    fail "/var/lib/hush is $(stat -c '%U:%G %a' /var/lib/hush)"
[ "$(stat -c '%U:%G %a' /etc/hush/proxy-config.json)" = "root:hush 640" ] &&
    pass "/etc/hush/proxy-config.json is root:hush 0640" ||
    fail "/etc/hush/proxy-config.json is $(stat -c '%U:%G %a' /etc/hush/proxy-config.json)"
chk "no CA is installed" test -z "$(ls -A /var/lib/hush)"
chk "the unit is enabled" test -L /etc/systemd/system/multi-user.target.wants/hush.service

# A real start from the installed paths, as the service would: the hush user, the installed
# config. The first start generates the CA in the data directory.
runuser -u hush -- env HUSH_LISTEN=127.0.0.1:0 HUSH_WORKERS=1 /usr/bin/hush \
    --config /etc/hush/proxy-config.json 2>/pkg/run.log &
pid=$!
for _ in $(seq 200); do grep -q 'event=listening' /pkg/run.log && break; sleep 0.05; done
if grep -q 'event=listening' /pkg/run.log; then pass "the installed hush starts as the hush user"; else
    fail "the installed hush did not start: $(tail -3 /pkg/run.log | tr '\n' ' ')"; fi
port=$(sed -n 's/.*event=listening addr=[^ ]*:\([0-9]*\) .*/\1/p' /pkg/run.log | head -1)
code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:${port:-1}/healthz")
[ "$code" = 200 ] && pass "... and answers /healthz" || fail "/healthz answered $code"
[ "$(stat -c '%U %a' /var/lib/hush/ca-key.pem 2>/dev/null)" = "hush 600" ] &&
    pass "... and generated its CA key in /var/lib/hush (hush, 0600)" ||
    fail "CA key: $(ls -l /var/lib/hush 2>&1 | tr '\n' ' ')"
kill -TERM "$pid"; wait "$pid" 2>/dev/null

# Remove: the program goes, the configuration and the data (the CA) stay.
if dpkg -r hush >/pkg/remove.log 2>&1; then pass "dpkg -r removes the package"; else
    fail "dpkg -r: $(tail -5 /pkg/remove.log | tr '\n' ' ')"; fi
chk "after remove /usr/bin/hush is gone" test ! -e /usr/bin/hush
chk "after remove the configuration stays" test -f /etc/hush/proxy-config.json
chk "after remove the CA stays" test -f /var/lib/hush/ca-key.pem
# Purge: configuration and data go, the user stays.
if dpkg --purge hush >/pkg/purge.log 2>&1; then pass "dpkg --purge purges the package"; else
    fail "dpkg --purge: $(tail -5 /pkg/purge.log | tr '\n' ' ')"; fi
chk "after purge /etc/hush is gone" test ! -e /etc/hush
chk "after purge /var/lib/hush (and the CA key) is gone" test ! -e /var/lib/hush
chk "after purge the unit is no longer enabled" test ! -e /etc/systemd/system/multi-user.target.wants/hush.service
chk "after purge the hush user is kept" getent passwd hush
chk "after purge dpkg knows no hush" bash -c '! dpkg -s hush'
EOF
cat >"$T/outside.sh" <<'EOF'
# In a private mount + network namespace: / overlaid copy-on-write on a tmpfs, then chroot.
set -eu
T=$1 VERSION=$2
mount -t tmpfs tmpfs "$T/ovl"
mkdir -p "$T/ovl/upper" "$T/ovl/work" "$T/ovl/root"
mount -t overlay overlay -o "lowerdir=/,upperdir=$T/ovl/upper,workdir=$T/ovl/work" "$T/ovl/root"
R=$T/ovl/root
mount --rbind /dev "$R/dev"
mount -t proc proc "$R/proc"
mount -t tmpfs tmpfs "$R/run"
mount -t tmpfs tmpfs "$R/tmp"
mkdir -p "$R/pkg"
mount -t tmpfs tmpfs "$R/pkg"
cp "$T/hush.deb" "$T/inside.sh" "$R/pkg/"
chroot "$R" /bin/bash /pkg/inside.sh "$VERSION"
cp "$R"/pkg/*.log "$T/" 2>/dev/null || true
# What the whole install, run, remove and purge left in the root: regular files and symlinks in
# the overlay's upper layer (directories are copied up on any change; whiteouts are devices).
(cd "$T/ovl/upper" && find . \( -type f -o -type l \) | sed 's|^\.||' | sort) >"$T/leftovers"
EOF
mkdir -p "$T/ovl"
if unshare -m -n bash "$T/outside.sh" "$T" "$version" >"$T/inside.out" 2>"$T/inside.err"; then
    ok "the throw-away root was set up"
else
    not_ok "the throw-away root: $(tail -5 "$T/inside.err" | tr '\n' ' ')"
fi
while read -r verdict text; do
    case $verdict in
    PASS) ok "$text" ;;
    FAIL) not_ok "$text" ;;
    esac
done <"$T/inside.out"
check "the checks inside the root ran" grep -q 'dpkg knows no hush' "$T/inside.out"
# Allowed leftovers: the hush user (passwd, group, shadow, their backups and lock), dpkg's records and
# log, and the caches ldconfig and man-db refresh.
unexpected=$(grep -vE '^/etc/(passwd|group|shadow|gshadow|subuid|subgid)-?$|^/etc/\.pwd\.lock$|^/var/lib/dpkg/|^/var/log/(dpkg|alternatives|apt)\.log$|^/etc/ld\.so\.cache$|^/var/cache/(man|debconf|ldconfig)/|^/pkg/' \
    "$T/leftovers" || true)
expect_eq "remove and purge leave nothing else behind" "" "$unexpected"
finish
