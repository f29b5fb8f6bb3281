# Packaging (Dockerfile, contrib/systemd, contrib/kubernetes) checked without docker, systemd or a
# cluster: every shipped config passes check-config; the manifests lint, parse and agree with each
# other, the image and the config; the Dockerfile's runtime packages cover every library `ldd`
# shows; the HEALTHCHECK, the systemd ExecStart and the pod's init step + env run for real
# against this hush, with their absolute paths moved under $T. Tools this machine may lack
# (yamllint, python3-yaml, dpkg, systemd-analyze) skip their checks with a note, not a failure.
source "$HUSH_TESTS/helpers/lib.sh"

SRC=${HUSH_SRC:-$(cd "$HUSH_TESTS/.." && pwd)}
K8S=$SRC/contrib/kubernetes
DOCKERFILE=$SRC/Dockerfile
UNIT=$SRC/contrib/systemd/hush.service
clean_env=(env -i "PATH=$PATH")
note() { echo "# note: $*"; }

# Lines "PASS text" / "FAIL text" / "NOTE text" from a helper become test results.
report() {
    local verdict text
    while read -r verdict text; do
        case $verdict in
        PASS) ok "$text" ;;
        FAIL) not_ok "$text" ;;
        *) note "$text" ;;
        esac
    done
}

# ---- shipped configs ------------------------------------------------------------------------
# The ConfigMap's proxy-config.json, cut out of the YAML block scalar without a YAML library.
python3 - "$K8S/configmap.yaml" >"$T/configmap-proxy-config.json" <<'EOF'
import sys
lines = open(sys.argv[1]).read().splitlines()
start = next(i for i, l in enumerate(lines) if l.strip() == "proxy-config.json: |")
key_indent = len(lines[start]) - len(lines[start].lstrip())
body = []
for l in lines[start + 1:]:
    if l.strip() and len(l) - len(l.lstrip()) <= key_indent:
        break
    body.append(l)
indent = min(len(l) - len(l.lstrip()) for l in body if l.strip())
print("\n".join(l[indent:] for l in body))
EOF
check "the ConfigMap embeds a proxy-config.json" test -s "$T/configmap-proxy-config.json"
config_ok() { "${clean_env[@]}" "$HUSH_BIN" check-config "$1" >/dev/null 2>&1; }
check "hush check-config accepts proxy-config.json" config_ok "$SRC/proxy-config.json"
check "hush check-config accepts the ConfigMap's proxy-config.json" \
    config_ok "$T/configmap-proxy-config.json"
"${clean_env[@]}" "$HUSH_BIN" check-config "$SRC/proxy-config.json" 2>/dev/null \
    >"$T/eff-default.json" || echo '{}' >"$T/eff-default.json"
"${clean_env[@]}" "$HUSH_BIN" check-config "$T/configmap-proxy-config.json" 2>/dev/null \
    >"$T/eff-configmap.json" || echo '{}' >"$T/eff-configmap.json"
diffkeys=$(python3 -c '
import json, sys
a, b = (json.load(open(f)) for f in sys.argv[1:3])
print(" ".join(sorted(k for k in set(a) | set(b) if a.get(k) != b.get(k))))' \
    "$T/eff-default.json" "$T/eff-configmap.json")
expect_eq "the ConfigMap differs from the defaults only in listen, dataDir and managementApi" \
    "dataDir listen managementApi" \
    "$diffkeys"
expect_eq "the ConfigMap listens on 0.0.0.0:8080" "0.0.0.0:8080" \
    "$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["listen"])' \
        "$T/eff-configmap.json")"

# ---- yamllint and manifest consistency ------------------------------------------------------
if command -v yamllint >/dev/null 2>&1; then
    check "yamllint passes on contrib/kubernetes/*.yaml" \
        yamllint -s -c "$K8S/.yamllint" "$K8S"/*.yaml
else
    note "yamllint not installed: lint of contrib/kubernetes skipped"
fi

if python3 -c 'import yaml' 2>/dev/null; then
    python3 - "$K8S" "$DOCKERFILE" "$T/eff-configmap.json" >"$T/checks.txt" <<'EOF' || FAILS=$((FAILS + 1))
import glob, json, os, re, sys, yaml
k8s, dockerfile, effcfg = sys.argv[1:4]
def out(ok, text): print(("PASS " if ok else "FAIL ") + text)
docs = {}
for f in sorted(glob.glob(os.path.join(k8s, "*.yaml"))):
    try:
        loaded = [d for d in yaml.safe_load_all(open(f)) if d is not None]
        out(True, f"{os.path.basename(f)} parses as YAML")
    except yaml.YAMLError as e:
        out(False, f"{os.path.basename(f)} parses as YAML ({e})")
        continue
    for d in loaded:
        docs.setdefault(d.get("kind"), []).append((os.path.basename(f), d))
def one(kind):
    got = docs.get(kind, [])
    out(len(got) == 1, f"exactly one {kind} manifest")
    return got[0][1] if got else {}
dep, svc, cm, pdb, sec, kus = (one(k) for k in
    ("Deployment", "Service", "ConfigMap", "PodDisruptionBudget", "Secret", "Kustomization"))
cfg = json.load(open(effcfg))
pod = dep["spec"]["template"]["spec"]
main = next(c for c in pod["containers"] if c["name"] == "hush")
init = pod.get("initContainers", [])
env = {e["name"]: e.get("value") for e in main.get("env", [])}
vols = {v["name"]: v for v in pod["volumes"]}
mounts = {m["mountPath"]: m for m in main["volumeMounts"]}
def volume_at(container, path):
    """The volume mounted at the directory holding path, in container."""
    d = os.path.dirname(path)
    m = next((m for m in container["volumeMounts"] if m["mountPath"] == d), None)
    return (vols.get(m["name"]), m) if m else (None, None)

out(all(not d.get("metadata", {}).get("namespace") for ds in docs.values() for _, d in ds),
    "no manifest pins a namespace")
out(dep["spec"]["replicas"] >= 2, "the Deployment runs at least 2 replicas")

# --config points at a key of the ConfigMap, mounted where the args say.
args = main.get("args", [])
conf = args[args.index("--config") + 1] if "--config" in args else None
v, m = volume_at(main, conf) if conf else (None, None)
out(bool(v and v.get("configMap", {}).get("name") == cm["metadata"]["name"]
         and os.path.basename(conf) in cm.get("data", {})),
    f"--config {conf} is the ConfigMap's {os.path.basename(conf or '?')}, mounted there")

# CA: env points into a memory emptyDir, mounted read-only in hush, filled by the init
# container from the Secret with the key at 0600.
cert, key = env.get("CA_CERT_FILE"), env.get("CA_KEY_FILE")
v, m = volume_at(main, key) if key else (None, None)
out(bool(cert and key and os.path.dirname(cert) == os.path.dirname(key)),
    "CA_CERT_FILE and CA_KEY_FILE are set, in one directory")
out(bool(v and v.get("emptyDir", {}).get("medium") == "Memory" and m.get("readOnly")),
    "the CA directory is a memory emptyDir mounted read-only in hush")
out(not any("secret" in vols[m["name"]] for m in main["volumeMounts"]),
    "hush itself mounts no Secret (it reads the 0600 copy)")
script = " ".join(init[0]["command"]) if init else ""
secret_vols = [vols[m["name"]] for m in init[0]["volumeMounts"] if "secret" in vols[m["name"]]] \
    if init else []
out(bool(secret_vols) and secret_vols[0]["secret"]["secretName"] == sec["metadata"]["name"],
    "the init container mounts the hush-ca Secret")
for f in (cert, key):
    name = os.path.basename(f or "?")
    out(name in sec.get("stringData", sec.get("data", {})),
        f"the Secret template has key {name}")
    out(bool(f) and f in script, f"the init container writes {f}")
out(bool(key) and re.search(r"install -m 0?600 \S+ " + re.escape(key or "") + r"\b", script)
    is not None, "the init container writes the key with mode 0600")
ca_mount = volume_at(main, key)[1] if key else None
out(bool(init and ca_mount) and any(m["name"] == ca_mount["name"]
        and m["mountPath"] == ca_mount["mountPath"] for m in init[0]["volumeMounts"]),
    "the init container writes into the volume hush reads the CA from")

# Data directory, port, probes, annotations, labels.
data = env.get("HUSH_DATA_DIR")
out(data == cfg["dataDir"] and data in mounts and "emptyDir" in vols[mounts[data]["name"]],
    "HUSH_DATA_DIR equals the ConfigMap's dataDir and is an emptyDir mount")
port = int(cfg["listen"].rsplit(":", 1)[1])
ports = {p["name"]: p["containerPort"] for p in main["ports"]}
out(list(ports.values()) == [port], f"the container port is the configured listen port {port}")
for probe in ("readinessProbe", "livenessProbe"):
    g = main.get(probe, {}).get("httpGet", {})
    out(g.get("path") == "/healthz" and ports.get(g.get("port"), g.get("port")) == port,
        f"{probe} is GET /healthz on the proxy port")
ann = dep["spec"]["template"]["metadata"].get("annotations", {})
out(ann.get("prometheus.io/scrape") == "true" and ann.get("prometheus.io/port") == str(port)
    and ann.get("prometheus.io/path") == "/metrics", "Prometheus scrape annotations")
labels = dep["spec"]["template"]["metadata"]["labels"]
for name, sel in (("Deployment", dep["spec"]["selector"]["matchLabels"]),
                  ("Service", svc["spec"]["selector"]),
                  ("PodDisruptionBudget", pdb["spec"]["selector"]["matchLabels"])):
    out(all(labels.get(k) == v for k, v in sel.items()), f"the {name} selector matches the pods")
sp = svc["spec"]["ports"][0]
out(svc["spec"].get("type", "ClusterIP") == "ClusterIP" and sp["port"] == port
    and ports.get(sp["targetPort"], sp["targetPort"]) == port,
    "the Service is ClusterIP on the proxy port")

# Hardening, and agreement with the image's user.
psc, csc = pod.get("securityContext", {}), main.get("securityContext", {})
uid = re.search(r"^USER (\d+)", open(dockerfile).read(), re.M)
out(psc.get("runAsNonRoot") is True and uid and psc.get("runAsUser") == int(uid.group(1)),
    "the pod runs as non-root, as the image's numeric USER")
out(psc.get("seccompProfile", {}).get("type") == "RuntimeDefault", "seccompProfile RuntimeDefault")
for c in pod["containers"] + init:
    sc = c.get("securityContext", {})
    out(sc.get("readOnlyRootFilesystem") is True and sc.get("allowPrivilegeEscalation") is False
        and sc.get("capabilities", {}).get("drop") == ["ALL"],
        f"container {c['name']}: read-only root, no privilege escalation, capabilities dropped")
    out("limits" in c.get("resources", {}) and "requests" in c.get("resources", {}),
        f"container {c['name']}: resource requests and limits")
pre = main.get("lifecycle", {}).get("preStop", {}).get("exec", {}).get("command", [])
pause = int(pre[1]) if pre[:1] == ["sleep"] else 0
out(pod.get("terminationGracePeriodSeconds", 30) > pause + cfg["timeouts"]["drain"],
    "terminationGracePeriodSeconds exceeds the preStop pause plus timeouts.drain")

# Kustomization: every resource exists, the Secret template is not applied, image names agree.
res = kus.get("resources", [])
out(all(os.path.exists(os.path.join(k8s, r)) for r in res), "kustomization resources exist")
out(not any(f == "secret.example.yaml" for f in res),
    "kustomization does not apply the Secret template")
names = {i["name"] for i in kus.get("images", [])}
out(all(c["image"].rsplit(":", 1)[0] in names for c in pod["containers"] + init),
    "kustomization images cover every container image")
EOF
    report <"$T/checks.txt"
    [ -s "$T/checks.txt" ] || not_ok "the manifest checks ran (traceback above)"
else
    note "python3 has no yaml module (python3-yaml): manifest parse and consistency checks skipped"
fi

# ---- the pod's CA handling, run for real ----------------------------------------------------
# The kubelet gives Secret files 0440 under fsGroup; hush must refuse those, and accept the copy
# the init container makes. Paths from the manifests are moved under $T/pod.
if python3 -c 'import yaml' 2>/dev/null; then
    python3 - "$K8S/deployment.yaml" >"$T/pod.sh" <<'EOF' || not_ok "the Deployment names the pod's commands"
import shlex, sys, yaml
pod = yaml.safe_load(open(sys.argv[1]))["spec"]["template"]["spec"]
main = next(c for c in pod["containers"] if c["name"] == "hush")
init = pod["initContainers"][0]
q = shlex.quote
print("INIT_CMD=(" + " ".join(q(a) for a in init["command"]) + ")")
print("MAIN_ARGS=(" + " ".join(q(a) for a in main.get("args", [])) + ")")
print("MAIN_ENV=(" + " ".join(q(f"{e['name']}={e['value']}") for e in main["env"] if "value" in e)
      + ")")
secret = next(m["mountPath"] for m in init["volumeMounts"]
              if any(v["name"] == m["name"] and "secret" in v for v in pod["volumes"]))
print("SECRET_DIR=" + q(secret))
EOF
fi
if [ -s "$T/pod.sh" ]; then
    # shellcheck disable=SC1091
    source "$T/pod.sh"
    P=$T/pod
    relocate() {
        local s=$1 etc=/etc/hush var=/var/lib/hush
        s=${s//"$etc"/"$P$etc"}
        printf '%s' "${s//"$var"/"$P$var"}"
    }
    mkdir -p "$P$SECRET_DIR" "$P/etc/hush/ca" "$P/etc/hush/config" "$P/var/lib/hush"
    "$HUSH_BIN" gen-ca --out-dir "$P$SECRET_DIR" >/dev/null 2>&1
    chmod 0440 "$P$SECRET_DIR"/*.pem
    cp "$T/configmap-proxy-config.json" "$P/etc/hush/config/proxy-config.json"
    penv=()
    for e in "${MAIN_ENV[@]}"; do penv+=("$(relocate "$e")"); done
    pargs=()
    for a in "${MAIN_ARGS[@]}"; do pargs+=("$(relocate "$a")"); done
    out=$(timeout 5 "${clean_env[@]}" "CA_CERT_FILE=$P$SECRET_DIR/ca-cert.pem" \
        "CA_KEY_FILE=$P$SECRET_DIR/ca-key.pem" HUSH_LISTEN=127.0.0.1:0 \
        "$HUSH_BIN" "${pargs[@]}" 2>&1) && rc=0 || rc=$?
    expect_eq "hush refuses the Secret's key as the kubelet mounts it (0440)" 2 "$rc"
    icmd=()
    for a in "${INIT_CMD[@]}"; do icmd+=("$(relocate "$a")"); done
    check "the init container's command runs" "${icmd[@]}"
    expect_eq "... and leaves the key at mode 600" 600 "$(stat -c %a "$P/etc/hush/ca/ca-key.pem")"
    # start_hush appends $HUSH_BIN; the wrapper runs hush with the Deployment's args instead.
    # shellcheck disable=SC2016
    drop_last='exec "$0" "${@:1:$#-1}"'
    HUSH_PORT=
    start_hush pod "${penv[@]}" bash -c "$drop_last" "$HUSH_BIN" "${pargs[@]}" ||
        not_ok "hush starts with the Deployment's args and env"
    if [ -n "${HUSH_PORT:-}" ]; then
        ok "hush starts with the Deployment's args and env"
        check "... on the Secret's CA" cmp -s "$P$SECRET_DIR/ca-cert.pem" \
            <(curl -sf "http://127.0.0.1:$HUSH_PORT/ca.crt")
        check "... writing nothing into the CA directory" \
            test "$(find "$P/etc/hush/ca" -type f | wc -l)" -eq 2
    fi
fi

# ---- Dockerfile: runtime packages against ldd, HEALTHCHECK against a live hush --------------
# The runtime stage is everything after the last FROM; its apt-get install names the packages.
runtime_pkgs=$(python3 - "$DOCKERFILE" <<'EOF'
import re, sys
text = open(sys.argv[1]).read().replace("\\\n", " ")
stage = re.split(r"^FROM\s", text, flags=re.M)[-1]
for m in re.finditer(r"apt-get install ([^&;]*)", stage):
    print(" ".join(w for w in m.group(1).split() if not w.startswith("-")))
EOF
)
expect_match "the runtime stage installs android-libboringssl" '(^| )android-libboringssl( |$)' \
    "$runtime_pkgs"
if command -v dpkg >/dev/null 2>&1 && command -v ldd >/dev/null 2>&1; then
    # Packages the image has: the listed ones, their dependencies (from the local dpkg database)
    # and libc6, which every Debian image carries.
    declare -A have=([libc6]=1)
    read -ra queue <<<"$runtime_pkgs"
    for p in $runtime_pkgs; do have[$p]=1; done
    while [ ${#queue[@]} -gt 0 ]; do
        p=${queue[0]}
        queue=("${queue[@]:1}")
        deps=$(dpkg-query -W -f='${Pre-Depends}, ${Depends}' "$p" 2>/dev/null |
            tr ',|' '\n' | sed 's/([^)]*)//; s/:any//; s/[[:space:]]//g' | grep -v '^$' || true)
        for d in $deps; do
            [ -n "${have[$d]:-}" ] && continue
            have[$d]=1
            queue+=("$d")
        done
    done
    needed=$(readelf -d "$HUSH_BIN" 2>/dev/null | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p')
    unmapped=0
    while read -r lib path; do
        case $lib in lib*san.so*) continue ;; esac # sanitizer runtimes: not in a release build
        real=$(readlink -f "$path")
        pkg=$(dpkg -S "$path" 2>/dev/null || dpkg -S "$real" 2>/dev/null || true)
        pkg=${pkg%%:*}
        if [ -z "$pkg" ]; then
            not_ok "$lib ($path) belongs to a Debian package"
            unmapped=1
            continue
        fi
        if grep -qx "$lib" <<<"$needed" && [ "$pkg" != libc6 ]; then
            expect_match "$lib (linked directly) comes from $pkg, installed by the Dockerfile" \
                "(^| )$pkg( |$)" "$runtime_pkgs"
        else
            check "$lib comes from $pkg, in the image" test -n "${have[$pkg]:-}"
        fi
    done < <(ldd "$HUSH_BIN" | awk '$2 == "=>" && $3 ~ /^\// {print $1, $3}')
    [ "$unmapped" = 0 ] && ok "every library in ldd maps to a Debian package"
else
    note "dpkg or ldd missing: runtime package check against ldd skipped"
fi

dockerfile_value() { grep -E "^$1 " "$DOCKERFILE" | tail -1 | cut -d' ' -f2-; }
expect_eq "the image sets HUSH_LISTEN to 0.0.0.0:8080" 1 \
    "$(grep -cE '^ENV HUSH_LISTEN=0\.0\.0\.0:8080 ' "$DOCKERFILE")"
expect_eq "the image exposes 8080" 8080 "$(dockerfile_value EXPOSE)"
expect_eq "the image stops with SIGTERM" SIGTERM "$(dockerfile_value STOPSIGNAL)"
expect_match "the image's data volume is its HUSH_DATA_DIR" '/var/lib/hush' "$(dockerfile_value VOLUME)"
check "the image's HUSH_DATA_DIR is /var/lib/hush" grep -qE '^ +HUSH_DATA_DIR=/var/lib/hush$' \
    "$DOCKERFILE"
check "the build stage installs from contrib/deps.sh" grep -q 'bash contrib/deps.sh build' \
    "$DOCKERFILE"
check ".dockerignore keeps CA keys out of the build context" grep -qx '\*\*/\*.pem' \
    "$SRC/.dockerignore"

healthcheck=$(python3 - "$DOCKERFILE" <<'EOF'
import json, re, sys
text = open(sys.argv[1]).read().replace("\\\n", " ")
m = re.search(r"^HEALTHCHECK\b.*?\bCMD\s+(\[.*\])\s*$", text, re.M)
cmd = json.loads(m.group(1))
assert cmd[:2] == ["bash", "-c"], cmd
print(cmd[2])
EOF
)
check "the HEALTHCHECK is an exec-form bash command" test -n "$healthcheck"
start_hush health
hc() { "${clean_env[@]}" "HUSH_LISTEN=$1" bash -c "$healthcheck" 2>/dev/null; }
check "HEALTHCHECK passes against a live hush on 127.0.0.1" hc "127.0.0.1:$HUSH_PORT"
check "HEALTHCHECK probes loopback when hush listens on 0.0.0.0" hc "0.0.0.0:$HUSH_PORT"
kill -TERM "$HUSH_PID"
wait "$HUSH_PID" 2>/dev/null || true
if hc "127.0.0.1:$HUSH_PORT"; then not_ok "HEALTHCHECK fails once hush is gone"; else
    ok "HEALTHCHECK fails once hush is gone"; fi

# ---- systemd unit ----------------------------------------------------------------------------
if command -v systemd-analyze >/dev/null 2>&1; then
    v=$(systemd-analyze verify "$UNIT" 2>&1 | grep -F 'hush.service' || true)
    expect_eq "systemd-analyze verify has no complaint about hush.service" "" "$v"
    # The transparent-mode drop-in, loaded the way systemd would from hush.service.d/.
    mkdir -p "$T/units/hush.service.d"
    cp "$UNIT" "$T/units/hush.service"
    cp "$SRC/contrib/systemd/hush-transparent.conf" "$T/units/hush.service.d/transparent.conf"
    v=$(SYSTEMD_UNIT_PATH="$T/units:" systemd-analyze verify "$T/units/hush.service" 2>&1 |
        grep -F 'hush.service' || true)
    expect_eq "systemd-analyze verify has no complaint about hush.service with the transparent drop-in" "" "$v"
else
    note "systemd-analyze not installed: unit verification skipped"
fi
# ExecStart runs hush with /etc/hush/proxy-config.json when it exists and on defaults otherwise.
exec_start=$(sed -n 's/^ExecStart=//p' "$UNIT")
bin=/usr/local/bin/hush conf=/etc/hush/proxy-config.json
exec_start=${exec_start//"$bin"/"$HUSH_BIN"}
exec_start=${exec_start//"$conf"/"$T/unit-config.json"}
case $exec_start in
/bin/sh\ -c\ \'*\') script=${exec_start#/bin/sh -c \'}; script=${script%\'} ;;
*) script=$exec_start ;;
esac
echo '{"logLevel": "loud"}' >"$T/unit-config.json"
out=$(timeout 5 "${clean_env[@]}" HUSH_LISTEN=127.0.0.1:0 "HUSH_DATA_DIR=$T" sh -c "$script" 2>&1) &&
    rc=0 || rc=$?
expect_eq "the unit's ExecStart passes /etc/hush/proxy-config.json when it exists" 2 "$rc"
expect_match "... (hush read it: the bad logLevel is named)" "logLevel" "$out"
rm -f "$T/unit-config.json"
HUSH_PORT=
start_hush unit sh -c "$script" || true
expect_match "... and runs hush on its defaults without it" '^[0-9]+$' "${HUSH_PORT:-}"

finish
