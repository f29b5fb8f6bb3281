/* detectors_secrets.c: the SECRETS pack, API keys, tokens, private keys and credentials in URLs.
 *
 * Almost every secret starts with a fixed literal prefix; the engine only runs a pattern where its
 * prefix occurs, anchored there, so these patterns must begin with the prefix (after an optional
 * lookbehind). Order matters on ties: specific providers come before the generic Bearer/Basic.
 */
#include "anonymize/anon_internal.h"

#define LIT(...) ((const char *const[]){__VA_ARGS__, NULL})
/* a secret never continues into more token characters */
#define END "(?![A-Za-z0-9_\\-])"
#define START "(?<![A-Za-z0-9_\\-])"
/* A URL's placeholder credentials at a local or compose-service host are an example, not a
 * secret, and its host is nobody's ("amqp://guest:guest@localhost:5672", "postgres://user:
 * password@localhost/app", "http://admin:admin@localhost:8080", "redis://default:changeme@cache"):
 * the user is a service's or an example's (guest, user, admin, root, postgres...; a person's
 * login is no placeholder), the password repeats it or is a placeholder word, and the host is
 * localhost, a loopback or unspecified address, or one label without a dot, and the URL
 * ends after a port and a path (a query may name a person: "?user=jonas.weber"). The house
 * convention of gen_variants.py (a placeholder password is NEG_PLACEHOLDER); any other password, or
 * the same at a dotted or numbered host ("admin:admin@192.168.1.1", "guest:guest@mq.example.net")
 * stays a secret. Read after "://" by DB_URL and URL_CREDENTIALS as a lookahead that vetoes the
 * match. */
#define URL_PLACEHOLDER_CRED                                                                       \
    "(?!(?<pu>(?i:guest|user|username|admin|root|postgres|default|app|test|dev|demo|sa|mysql|"     \
    "redis"                                                                                        \
    "|rabbitmq|mongo|neo4j|elastic|example)):(?:\\k<pu>|(?i:password|passwd|pass|changeme|secret|" \
    "guest"                                                                                        \
    "|admin|root|test|example|xxx+)|\\*{3,})@(?:localhost|127\\.0\\.0\\.1|0\\.0\\.0\\.0|\\[::1\\]" \
    "|host\\.docker\\.internal|[a-z][a-z0-9\\-]{0,30})(?![\\w.\\-])(?::\\d{1,5})?(?:/"             \
    "[\\w\\-.]*){0,3}"                                                                             \
    "(?![^\\s\"'<>),;]))"

static const anon_detector_def_t defs[] = {
    {"ANTHROPIC_KEY", START "sk-ant-[A-Za-z0-9]+-[A-Za-z0-9_\\-]{20,}" END, NULL, 0, LIT("sk-ant-"),
     0, 0, NULL},
    {"OPENAI_KEY", START "sk-(?!ant-)(?:(?:proj|svcacct|admin|None)-)?[A-Za-z0-9_\\-]{20,}" END,
     NULL, 0, LIT("sk-"), 0, 0, NULL},
    {"AWS_ACCESS_KEY", START "(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}" END, NULL, 0,
     LIT("AKIA", "ASIA", "ABIA", "ACCA"), 0, 0, NULL},
    {"GITHUB_TOKEN", START "(?:gh[pousr]_[A-Za-z0-9]{36,255}|github_pat_[A-Za-z0-9_]{22,255})" END,
     NULL, 0, LIT("ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_"), 0, 0, NULL},
    {"GITLAB_TOKEN", START "gl(?:pat|dt|ptt|rt|cbt|ft|oas|soat|imt|agent)-[A-Za-z0-9_\\-]{20,}" END,
     NULL, 0,
     LIT("glpat-", "gldt-", "glptt-", "glrt-", "glcbt-", "glft-", "gloas-", "glsoat-", "glimt-",
         "glagent-"),
     0, 0, NULL},
    {"SLACK_TOKEN", START "(?:xox[abeoprs]-[A-Za-z0-9\\-]{10,}|xapp-\\d-[A-Za-z0-9\\-]{10,})" END,
     NULL, 0, LIT("xoxa-", "xoxb-", "xoxe-", "xoxo-", "xoxp-", "xoxr-", "xoxs-", "xapp-"), 0, 0,
     NULL},
    {"STRIPE_KEY",
     START "(?:(?:sk|rk|pk)_(?:live|test)_[A-Za-z0-9]{16,}|whsec_[A-Za-z0-9]{24,})" END, NULL, 0,
     LIT("sk_live_", "sk_test_", "rk_live_", "rk_test_", "pk_live_", "pk_test_", "whsec_"), 0, 0,
     NULL},
    {"NPM_TOKEN", START "npm_[A-Za-z0-9]{36}" END, NULL, 0, LIT("npm_"), 0, 0, NULL},
    {"PYPI_TOKEN", START "pypi-[A-Za-z0-9_\\-]{50,}" END, NULL, 0, LIT("pypi-"), 0, 0, NULL},
    {"DOCKER_TOKEN", START "dckr_pat_[A-Za-z0-9_\\-]{20,}" END, NULL, 0, LIT("dckr_pat_"), 0, 0,
     NULL},
    {"GOOGLE_API_KEY", START "AIza[0-9A-Za-z_\\-]{35}" END, NULL, 0, LIT("AIza"), 0, 0, NULL},
    {"SENDGRID_KEY", START "SG\\.[A-Za-z0-9_\\-]{22}\\.[A-Za-z0-9_\\-]{43}" END, NULL, 0,
     LIT("SG."), 0, 0, NULL},
    {"GROQ_KEY", START "gsk_[A-Za-z0-9]{48,}" END, NULL, 0, LIT("gsk_"), 0, 0, NULL},
    {"TWILIO_KEY", START "(?:AC|SK)[0-9a-f]{32}" END, NULL, 0, LIT("AC", "SK"), 0, 0, NULL},
    {"JWT", START "eyJ[A-Za-z0-9_\\-]{4,}\\.[A-Za-z0-9_\\-]{2,}\\.[A-Za-z0-9_\\-]*" END, anon_v_jwt,
     0, LIT("eyJ"), 0, 0, NULL},
    /* The whole block, BEGIN to END. The body cannot cross "-----", so a BEGIN without an END
     * costs only the distance to the next dashes; such a cut-off block still loses its header
     * fields and base64 lines (separated by newlines or by literal "\n" escapes in text bodies),
     * but not the prose after it. */
    {"PRIVATE_KEY",
     "-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----"
     "(?:(?:[^-]|-(?!----))*+-----END (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----"
     "|(?:(?:\\s|\\\\n)*+(?:[A-Za-z0-9+/=]{16,}|[A-Za-z][A-Za-z\\-]*: "
     "[^\\n\\\\]*|=[A-Za-z0-9+/]{4}))*+)",
     NULL, 0, LIT("-----BEGIN "), 0, 0, NULL},
    /* whole connection string: host and database name are sensitive too */
    {"DB_URL",
     "(?<![\\w+.\\-])(?:jdbc:)?(?i:postgres(?:ql)?|mysql|mariadb|mongodb(?:\\+srv)?|rediss?|"
     "amqps?|mssql|sqlserver|oracle|cockroachdb|clickhouse|couchdb|neo4j(?:\\+s)?|cassandra|"
     "snowflake)(?:\\+\\w+)?://" URL_PLACEHOLDER_CRED "[^\\s\"'<>@/:\\[\\]]*:[^\\s\"'<>/"
     "\\[\\]]*@[^\\s\"'<>]*[^\\s\"'<>.,;:)\\]}]",
     NULL, ANON_DF_WINDOW, LIT("://"), 0, 0, NULL},
    {"URL_CREDENTIALS",
     "(?<![\\w+.\\-])[A-Za-z][A-Za-z0-9+.\\-]*://" URL_PLACEHOLDER_CRED
     "(?<v>[^\\s\"'<>@/:]+:[^\\s\"'<>/]+)@(?=[\\w\\[])",
     NULL, ANON_DF_WINDOW, LIT("://"), 0, 0, NULL},
    {"BEARER_TOKEN",
     START "(?i:bearer)[ \\t]+(?<v>[A-Za-z0-9\\-._~+/]{16,}=*)(?![A-Za-z0-9\\-._~+/=])",
     anon_v_bearer, ANON_DF_NOCASE, LIT("bearer"), 0, 0, NULL},
    {"BASIC_CREDENTIALS", START "(?i:basic)[ \\t]+(?<v>[A-Za-z0-9+/]{6,}={0,2})(?![A-Za-z0-9+/=])",
     anon_v_basic, ANON_DF_NOCASE, LIT("basic"), 0, 0, NULL},
    /* curl's HTTP Basic credentials on its command line ("curl -u deploy:Orca!6363x https://...",
     * "--user 'svc:pw'", "--user=svc:pw"), read from "curl" over the same command, its
     * backslash-continued lines included: the password goes with its user. A shell variable
     * ("-u $USER:$TOKEN", "-u \"${API_USER}:${API_PASS}\"") is no value; other commands' -u
     * (docker run -u 1000:1000, git push -u) never follow a "curl". */
    {"BASIC_CREDENTIALS",
     "(?<![\\w\\-])curl(?=[ \\t])(?:[^\\n\\\\]|\\\\\\r?\\n|\\\\(?!\\r?\\n)){0,600}?[ \\t]"
     "(?:-u|--user)(?:[ \\t]+|=)"
     "(?|'(?<v>[^'\\s:$]+:(?!\\$)[^'\\r\\n]+)'|\"(?<v>[^\"\\s:$]+:(?!\\$)[^\"\\r\\n]+)\""
     "|(?<v>[^\\s'\":$]+:(?!\\$)[^\\s'\"]+))",
     NULL, 0, LIT("curl"), 0, 0, NULL},
    /* A value under a key that names a secret, in env files, INI, YAML, JSON, TOML, query
     * strings and connection strings ("DB_PASSWORD=...", "aws_secret_access_key = ...",
     * "password: ...", "\\"api_key\\": \\"...\\"", "Pwd=...;"): the value goes, the key stays.
     * Triggered where a key's last letter meets its separator (d: s= t = y\\": ...), so prose
     * costs nothing; anon_c_secret_key then reads the key back and wants it to end in a secret
     * word (password, passwd, pass, pwd, secret, token, api_key, access_key, private_key ...)
     * that starts a word or a camelCase hump: max_tokens, secretName, compass and OLDPWD are
     * other keys. Quoted values are taken whole; a bare value runs to whitespace or ; , and
     * must either end its line or hold something other than letters ("password: The user's
     * password" is prose). Code is not a value: os.environ[...], getenv(...), Optional[str]. */
    {"SECRET",
     "[A-Za-z](?:\\\\?[\"'])?[ \\t]*(?:=>|:=|=|:)[ \\t]*"
     "(?|\\\\?\"(?<v>(?:[^\"\\\\\\r\\n]|\\\\[^\"]){1,512})\\\\?\""
     "|'(?<v>[^'\\r\\n]{1,512})'"
     "|(?<v>(?:(?=[A-Za-z]*+[^A-Za-z\\s\"'`;,<>(){}\\[\\]\\\\])"
     "|(?=[A-Za-z]++[ \\t]*+(?:[\\r\\n;,&}]|\\\\n|$)))"
     "[^\\s\"'`;,<>(){}\\[\\]\\\\]{1,256}+)(?=[\\s;,\"'}\\]]|\\\\n|$))",
     anon_v_secret, ANON_DF_NOCASE,
     LIT("d:", "d=", "d\":", "d\"=", "d':", "d'=", "d =", "d :", "d\t=", "d\\\":", "s:", "s=",
         "s\":", "s\"=", "s':", "s'=", "s =", "s :", "s\t=", "s\\\":", "e:", "e=", "e\":", "e\"=",
         "e':", "e'=", "e =", "e :", "e\t=", "e\\\":", "t:", "t=", "t\":", "t\"=", "t':", "t'=",
         "t =", "t :", "t\t=", "t\\\":", "n:", "n=", "n\":", "n\"=", "n':", "n'=", "n =", "n :",
         "n\t=", "n\\\":", "y:", "y=", "y\":", "y\"=", "y':", "y'=", "y =", "y :", "y\t=",
         "y\\\":"),
     0, 0, NULL},
};

const anon_pack_t anon_pack_secrets = {"SECRETS", defs, sizeof defs / sizeof defs[0]};
