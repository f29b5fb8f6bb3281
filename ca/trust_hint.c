/* trust_hint.c: the few lines the gateway logs after generating a CA, so the user knows how to make
 * clients trust it. Chosen at compile time; the full instructions live in contrib/trust/TRUST.md.
 */
#include "ca/ca.h"

const char *ca_trust_hint(void)
{
#if defined(__APPLE__)
    return "To trust the hush CA on this Mac (needs admin):\n"
           "  make import-ca-macos CA=ca-cert.pem\n"
           "  (or: sudo security add-trusted-cert -d -r trustRoot -k "
           "/Library/Keychains/System.keychain ca-cert.pem)\n"
           "Node: NODE_EXTRA_CA_CERTS=ca-cert.pem; Python: REQUESTS_CA_BUNDLE / SSL_CERT_FILE; "
           "curl: --cacert ca-cert.pem\n"
           "Clients elsewhere can download it from http://<proxy>/ca.crt. See "
           "contrib/trust/TRUST.md.";
#elif defined(_WIN32)
    return "To trust the hush CA on Windows (elevated prompt):\n"
           "  certutil -addstore -f ROOT ca-cert.pem\n"
           "Node: NODE_EXTRA_CA_CERTS=ca-cert.pem; Python: REQUESTS_CA_BUNDLE / SSL_CERT_FILE; "
           "curl: --cacert ca-cert.pem\n"
           "See contrib/trust/TRUST.md.";
#else
    return "To trust the hush CA on this machine (Debian/Ubuntu, RHEL/Fedora, Arch, SUSE):\n"
           "  make import-ca-linux CA=ca-cert.pem   (undo: make remove-ca-linux)\n"
           "Node: NODE_EXTRA_CA_CERTS=ca-cert.pem; Python: REQUESTS_CA_BUNDLE=ca-cert.pem or "
           "SSL_CERT_FILE; curl: --cacert ca-cert.pem\n"
           "Clients elsewhere can download it from http://<proxy>/ca.crt. See "
           "contrib/trust/TRUST.md.";
#endif
}
