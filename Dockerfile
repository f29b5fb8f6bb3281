# syntax=docker/dockerfile:1
# hush container image. The build stage compiles a Release binary; the runtime stage carries only
# the shared libraries that binary links (tests/integration/packaging.sh checks the runtime package
# list below against `ldd hush`, so a new library dependency fails `make test` until it is added).
#
#   docker build -t hush:0.1.0 .
#   docker run -d --name hush -p 127.0.0.1:8080:8080 -v hush-data:/var/lib/hush hush:0.1.0
#   docker stop -t 15 hush     # longer than timeouts.drain (10 s), or Docker kills hush mid-drain
#
# On first start hush writes ca-cert.pem and ca-key.pem (0600) into the volume. To bring your own
# CA instead, mount it and set CA_CERT_FILE/CA_KEY_FILE; the key must be owned by uid 10001 and
# mode 0600 or 0400, because hush refuses a group- or world-readable key.

# ---- build ------------------------------------------------------------------------------------
FROM debian:bookworm-slim AS build
SHELL ["/bin/bash", "-o", "pipefail", "-c"]
WORKDIR /src
# contrib/deps.sh holds the one list of build packages; running it here keeps the two in step.
COPY contrib/deps.sh contrib/deps.sh
RUN bash contrib/deps.sh build \
    && rm -rf /var/lib/apt/lists/*
COPY . .
RUN cmake -S . -B /tmp/build -DCMAKE_BUILD_TYPE=Release -DHUSH_BUILD_TESTS=OFF \
    && cmake --build /tmp/build -j "$(nproc)" --target hush \
    && DESTDIR=/out cmake --install /tmp/build --prefix /usr/local --strip \
    && /out/usr/local/bin/hush --version

# ---- runtime ----------------------------------------------------------------------------------
FROM debian:bookworm-slim
# One package per line, and only these: packaging.sh maps every library in `ldd hush` to its
# Debian package and requires it here. BoringSSL's libssl.so.0/libcrypto.so.0 come from
# android-libboringssl (in /usr/lib/x86_64-linux-gnu/android, found through the binary's RUNPATH);
# it pulls in libstdc++6 and libgcc-s1. libevent-2.1-7 is linked because libevent_pthreads.pc
# requires libevent. ca-certificates is the trust store for upstream TLS verification.
# Versions are not pinned: bookworm only ever moves by security and point updates, and a pinned
# version disappears from the mirror when it is superseded. Rebuild to pick up fixes.
RUN apt-get update \
    && apt-get install -y --no-install-recommends \
        android-libboringssl \
        ca-certificates \
        libbrotli1 \
        libevent-2.1-7 \
        libevent-core-2.1-7 \
        libevent-pthreads-2.1-7 \
        libjansson4 \
        libnghttp2-14 \
        libpcre2-8-0 \
        libzstd1 \
        zlib1g \
    && rm -rf /var/lib/apt/lists/*

# A fixed numeric uid, so that Kubernetes' runAsNonRoot can verify it and mounted CA keys can be
# chowned to it. The data directory is the only place hush writes.
RUN groupadd --system --gid 10001 hush \
    && useradd --system --uid 10001 --gid hush --home-dir /var/lib/hush --no-create-home \
        --shell /usr/sbin/nologin hush \
    && install -d -o 10001 -g 10001 -m 0700 /var/lib/hush

COPY --from=build /out/usr/local/bin/hush /usr/local/bin/hush

ENV HUSH_LISTEN=0.0.0.0:8080 \
    HUSH_DATA_DIR=/var/lib/hush
VOLUME ["/var/lib/hush"]
WORKDIR /var/lib/hush
USER 10001:10001
EXPOSE 8080
# hush stops accepting on SIGTERM and drains for timeouts.drain seconds (default 10).
STOPSIGNAL SIGTERM
# curl is not in the slim image, and installing it would add libcurl and its TLS, LDAP, SSH and
# Kerberos libraries to a security gateway only to probe itself. bash (essential in every Debian
# image) can open the TCP connection itself. The probe follows HUSH_LISTEN (a wildcard address is
# probed on loopback) and passes only on a "200" status line from GET /healthz. packaging.sh runs
# this exact command against a live hush. (/readyz will replace /healthz here once it exists.)
HEALTHCHECK --interval=30s --timeout=3s --start-period=5s --retries=3 \
    CMD ["bash", "-c", "[[ ${HUSH_LISTEN:-127.0.0.1:8080} =~ ^\\[?([^]]*)\\]?:([0-9]+)$ ]] || exit 1; h=${BASH_REMATCH[1]} p=${BASH_REMATCH[2]}; case $h in ''|0.0.0.0) h=127.0.0.1 ;; ::) h=::1 ;; esac; exec 3<>/dev/tcp/$h/$p || exit 1; printf 'GET /healthz HTTP/1.1\\r\\nHost: hush\\r\\nConnection: close\\r\\n\\r\\n' >&3; IFS= read -r -t 2 line <&3 && [[ $line == 'HTTP/1.'?' 200 '* ]]"]
ENTRYPOINT ["/usr/local/bin/hush"]
