/* detectors_global.c: the GLOBAL pack (email, phone, cards, IBAN, IP addresses) and the US pack.
 *
 * Digit-bearing detectors run only inside windows around digit runs (see engine_sweep.c); their
 * patterns must not depend on text more than one whitespace-separated word away. Each has a gate
 * in gate.c that must stay a superset of its pattern: change both together and run bench_gates.
 * Every pattern refuses to start or end inside a word (Unicode \w) so tokens such as [PHONE_12]
 * never match. Values written with encoded separators (maria%40example.com, 4111&nbsp;1111...,
 * +1\u00a0415...) reach them decoded: the detection view (engine_view.c) decodes those.
 */
#include "anonymize/anon_internal.h"

#include <string.h>

#define LIT(...) ((const char *const[]){__VA_ARGS__, NULL})
#define NUM_START ANON_NUM_START
#define NUM_END ANON_NUM_END

/* RFC 5322 atext: the characters of a dot-atom local part besides letters, digits and '.'.
 * A local part may start right after ':' ("email:x@y.com", vCard "EMAIL;TYPE=work:x@y.com",
 * "MAILTO:x@y.com"), except in a URL's user:password@ (anon_c_email; URL_CREDENTIALS has it).
 * A local part starts with one of them (not '|', '`' or '\'', which frame addresses in tables,
 * code spans and quotes), never after one; one holding a '/' never starts after a '/' (URL
 * paths: /v1/users/jane@example.com is jane's address); "key=value" reads as a key and a value,
 * so an identifier followed by '=' is never the start of a local part, and a local part never holds
 * a URL query's "?key=" or "&key=" (/users?email=maria@example.com is maria's address), nor is
 * a web host before "/@" ("medium.com/@maria.keller" is a profile link: names_profileurl.c;
 * "javier.schmidt/@example.nl" is an address). */
#define AT_FIRST "[\\w!#$%&*+\\-=?^{~]"
#define AT_NOSLASH "[\\w\\p{M}.!#$%&'*+\\-=?^`{|}~]"
/* after a '/' of a local part: the '@' of a web host's "/@" (medium.com/@maria.keller) */
#define AT_PROFILE_D(d) "\\." d "/@|"
#define AT_PROFILE                                                                                 \
    "@(?<=" AT_PROFILE_D("com") AT_PROFILE_D("net") AT_PROFILE_D("org") AT_PROFILE_D("social")     \
        AT_PROFILE_D("online") AT_PROFILE_D("app") AT_PROFILE_D("io") AT_PROFILE_D("me")           \
            AT_PROFILE_D("dev") AT_PROFILE_D("tv") "\\.co/@)"
/* a top-level domain wrapped to the next line ("maria@example.\\ncom") is in lower case and
 * follows a label that is no domain's end: "info@example.com.\\nInfo about..." ends a sentence;
 * it is one people write (wrapped_tld's list in validate_net.c), so an address whose sentence
 * ends at its line ("ivan@mail.ru.\\nok", "иван@почта.рф.\\nnpm i ...") is the address before
 * the dot, not a wrap the validator turns down with it */
#define EMAIL_WRAPPED_TLD                                                                          \
    "(?=\\r?\\n)(?<!\\.com\\.|\\.net\\.|\\.org\\.|\\.edu\\.|\\.gov\\.|\\.de\\.|\\.fr\\.|\\.nl\\.|" \
    "\\.es\\.|\\.it\\.|\\.pt\\."                                                                   \
    "|\\.be\\.|\\.ch\\.|\\.at\\.|\\.io\\.|\\.eu\\.|\\.ie\\.)\\r?\\n"                               \
    "(?:com|net|org|edu|gov|io|co|de|fr|nl|uk|es|it|be|ch|at|eu|info|biz|us|ca|au|pt|pl|se|dk|no"  \
    "|fi|ie|lu|cz|br|mx|in|jp)"
/* The top-level domain: ASCII letters end where another script's letter starts ("邮箱
 * zhang.wei@qq.com请查收" is the address up to "com", EMAIL_TLD_ASCII); a punycode one ("xn--p1ai"
 * for .рф); an internationalised one in letters of its script and their combining marks (".भारत",
 * ".ไทย", ".公司"), as the labels before it and RFC 6531 local parts may hold marks ("उदाहरण"). */
#define EMAIL_TLD_ASCII "[A-Za-z]{2,24}+(?=[^\\x00-\\x7f])(?![\\p{M}\\x{200c}\\x{200d}])"
#define EMAIL_TLD "[Xx][Nn]--[A-Za-z0-9\\-]{0,58}[A-Za-z0-9]|\\p{L}[\\p{L}\\p{M}]{1,23}+"
/* A word of another script glued before an ASCII local part is the text's, not the address's:
 * "почтаd.sokolov@inbox.ru", "邮箱zhang.wei@qq.com", "ই-মেইলrina.das@", "Eメールk.suzuki@" (a
 * label, a verb) start at the ASCII letter. Latin letters, ligatures and combining accents stay
 * in ("émile.roux@" also in NFD, "Jürgen@", "ﬁona@"). */
#define NOT_LATIN "(?![\\p{Latin}\\p{Inherited}])[\\p{L}\\p{M}]"
#define AT_GLUED                                                                                   \
    "[A-Za-z]?[^\\x00-\\x7f](?<=" NOT_LATIN ")(?:" NOT_LATIN "|-(?=" NOT_LATIN                     \
    "))*[A-Za-z0-9][A-Za-z0-9_.!#$%&'*+\\-=?^`{|}~]*@"
#define AT_PIPE_FIELD "\\p{Lu}\\p{Ll}+\\||[^@\\s|]{1,64}\\|[^@\\s|]{1,64}@[^\\s|@]{1,253}\\|"
#define AT_NOT_BEFORE "(?<![\\w\\p{M}.!#$%&*+\\-?^{~@])"
/* right after a list, flat or order number: "#3 ", "Flat 12 ", "Whg. 7 " (1-3 digits after '#' or
 * an ASCII letter; PCRE2 10.42 wants each lookbehind alternative of fixed length) */
#define LIST_NO_D(d) "[#A-Za-z]" d " |[A-Za-z] " d " |[A-Za-z]\\. " d " "
#define LIST_NO "(?<=" LIST_NO_D("\\d") "|" LIST_NO_D("\\d{2}") "|" LIST_NO_D("\\d{3}") ")"
#define CARD_SEP "(?:[ .\\-]|\\r?\\n)"
/* CARD_SECURITY_CODE: a label (at a word start or a camelCase hump: "cardCvc", "card_cvv"),
 * what may follow it ("2", "code", "(CVV)", "/CVC"), a separator, the code. Each label is a
 * trigger literal, and each literal's rarest byte stops the sweep on PII-free text: "csc",
 * "Prüfnummer" and "code de sécurité" cost more than the budget left (notes/pci8.md). */
#define CSC_NOTWORD "(?<![\\p{L}\\p{N}])"
#define CSC_ABBR "(?:cvv|cvc|cvn|csc)(?:[ _\\-]?2)?"
#define CSC_LABEL                                                                                  \
    "(?:(?:" CSC_NOTWORD "c|(?<=(?-i:[a-z]))(?-i:C))(?:vv|vc|vn)(?:[ _\\-]?2)?"                    \
    "|" CSC_NOTWORD "security[ _\\-]?code|(?<=c[oó]digo de )segur(?:idad|ança)"                  \
    "|(?<=codice di )sicurezza|" CSC_NOTWORD "beveiligingscode"                                    \
    "|" CSC_NOTWORD "cryptogramme(?: visuel)?)"
#define CSC_PATTERN                                                                                \
    "(?i)" CSC_LABEL "(?:[ _\\-]?(?:code|number|no|nr|value))?"                                    \
    "(?:[ ]?\\([ ]?" CSC_ABBR "[ ]?\\)|[ ]?/[ ]?" CSC_ABBR "|\\))?"                                \
    "[ \\t]{0,3}(?:\\\\?[\"'][ \\t]{0,3})?"                                                        \
    "(?:(?:[:=#\\-]|=>|is|ist|est|es|è|é|no\\.|nr\\.)[ \\t]{0,3}(?:\\r?\\n[ \\t]{0,3})?"         \
    "(?:\\\\?[\"'][ \\t]{0,3})?)?"                                                                 \
    "(?<v>\\d{3,4})(?![\\p{L}\\p{N}_]|[.,:/\\-]\\d)"

/* An address written to dodge harvesters: its '@' and dots spelled as words, bracketed or not
 * ("maria [at] example [dot] com", "maria(at)example.com", "m.keller (at) uni-bonn (punkt) de",
 * "ana (arroba) correo (punto) es", "maria at example dot com"); the whole written form is the
 * value. The host must end in a known top-level domain, not in a word ("example dot com's office")
 * or a file extension. A bare " at " needs its dots spelled too, and not after a verb that takes
 * "at" ("meet at example dot com"); code's obj.at(i) holds no bracketed word. Triggered by the
 * bracketed words (ASCII, case aside) at their closing bracket, or '[' (a stop already): '(' or
 * a letter as anchor cost 1.7-3.5% of anon_rewrite (notes/probe9.md). An address with neither
 * bracket ("maria at example dot com", "maria@example dot com") is looked for around the word
 * " dot " (ANON_DF_DOTWORD), which anon_find_ex's first pass over the text spots for free. Run in
 * the words around them (AROUND). */
#define OBF_OPEN "[\\[({<]"
#define OBF_CLOSE "[\\])}>]"
#define OBF_DOTW "(?:dot|punkt|punt|point|punto|ponto)"
/* the dot and at words of an address read out in the pack languages (spelled51.c finds them) */
#define OBF_SDOTW "(?:dot|punktum|punkt|punto|punt|punct|point|ponto|pont|prik|kropka|te\\x{10d}ka)"
#define OBF_SATW                                                                                   \
    "(?:at|\\x{e4}t|arroba|arobase|chiocciola|snabel-a|ma\\x{142}pa|apenstaartje"                  \
    "|zavin\\x{e1}\\x{10d}|kukac|arond)"
/* an English or German at word before a Romance phrase, or before "point", is prose: "arrived at
 * station point de depart", "at home punto de encuentro", "bits at this point in" */
#define OBF_ROMANCE                                                                                \
    "(?! (?:at|\\x{e4}t) (?:" OBF_LABEL " " OBF_SDOTW " ){0,3}" OBF_LABEL                          \
    " (?:point |(?:punto|ponto|punt|pont|punct) (?:de|es)(?![\\w\\-@])))"
/* the bracketed at: the words (and, chars57, the words of pl/sv/hu/cs/nl/tr and '@' itself:
 * "maria(@)example.com", "maria{@}example[.]com", "jan [ma\x{142}pa] onet [kropka] pl") */
#define OBF_BAT                                                                                    \
    " ?" OBF_OPEN " ?(?:at|\\x{e4}t|arroba|arobase|chiocciola|@|ma\\x{142}pa|snabel-a|kukac"       \
    "|zavin\\x{e1}\\x{10d}|apenstaartje|et) ?" OBF_CLOSE " ?"
/* a bracketed dot may be the dot itself, as defanged hosts write it ("example[.]com") */
#define OBF_BDOT " ?" OBF_OPEN " ?(?:" OBF_SDOTW "|piste|nokta|\\.) ?" OBF_CLOSE " ?"
#define OBF_PDOT " " OBF_DOTW " "
#define OBF_LABEL "[a-z0-9](?:[a-z0-9\\-]{0,61}[a-z0-9])?"
/* a plain '@' before a host whose dots are spelled ("maria@example dot com"); an '@' with a
 * space on each side ("maria.keller @ example.com", literal " @ ") is an address too */
#define OBF_SYMAT "@(?=(?:" OBF_LABEL "\\.){0,3}" OBF_LABEL "(?:" OBF_BDOT "|" OBF_PDOT "))"
#define OBF_STOP                                                                                   \
    "(?<!\\blook|\\bmeet|\\bstay|\\bwork|\\blive|\\bsee|\\bfind|\\bbe|\\bis|\\bare|\\bwas|\\bme"   \
    "|\\bus|\\bhim|\\bher|\\bthem|\\byou|\\bit|\\bone|\\bup|\\bout|\\bjust|\\bonly|\\barrive|"     \
    "\\bstart|\\bshop|\\bdocs|\\bmore|\\bhere|\\bthere|\\bonline|\\bhosted|\\bavailable)"
#define OBF_TLD                                                                                    \
    "(?:com|org|net|edu|gov|info|biz|io|co|me|dev|app|eu|de|at|ch|li|fr|be|nl|lu|es|it|pt|uk|ie"   \
    "|us|ca|au|nz|br|mx|ar|cl|pl|cz|se|dk|no|fi|gr|ro|hu|sk|si|hr|in|jp|ru|tr|za|online|email)"
/* Only the '@' spelled, the dots real ("mail: maria.keller at example.com", "Maintainer: <jonas
 * at posteo.de>"): " at " before a host is prose's too ("look at docs.python.org", "deployed at
 * app.example.io", "Python 3.12 at python.org"), so the local part needs an address's mark, a
 * '.', '_', '+', '-' or a digit among two letters or more, and no file's extension at its end
 * ("README.md at github.com"), unless an address's frame or key stands right before it: '<',
 * '(', '[', "mail:", "mail ", "contact:" and its kin ("E-Mail: maria at web.de"). The Spanish and
 * French words for '@' say it alone ("pieter arroba gmail.com"). Looked for around the trigger
 * literals: those two words, and an e-mail key of the pack languages with its colon ("mail:",
 * "contact:", "correo:", "courriel:", "Maintainer:"...), which the sweep stops at for the colon's
 * sake. " at " itself as a literal would cost the sweep about 0.6% of anon_rewrite on PII-free
 * text (notes/struct40.md), so an address in prose with no key ("write to maria.keller at
 * example.com", also with the German "ät" or the French "chez") is looked for from its host's
 * side: the second EMAIL entry below, triggered by a dot before a letter that may open a
 * top-level domain, which the sweep already stops at for other literals, and run only where
 * at_host_may() (engine_sweep.c) finds the rest of the host and an "at" word right before it. */
#define OBF_REAL_EXT                                                                               \
    "(?<!\\.js|\\.ts|\\.md|\\.py|\\.rb|\\.go|\\.rs|\\.io|\\.sh|\\.cc|\\.ai|\\.json|\\.yaml|\\.yml" \
    "|\\.txt|\\.html|\\.css|\\.com|\\.org|\\.net|\\.exe|\\.zip|\\.tgz|\\.jar|\\.log|\\.csv|\\.pdf" \
    "|\\.png|\\.lock|\\.toml|\\.cfg|\\.ini|\\.xml|\\.tar|\\.gz|\\.app|\\.dev)"
#define OBF_REAL_LOCAL "[a-z0-9](?:[a-z0-9._+\\-]{0,62}[a-z0-9])?"
#define OBF_REAL                                                                                   \
    "(?<![\\w.@+\\-])(?:(?:(?=[a-z0-9._+\\-]*[._+\\-\\d])(?=(?:[\\d._+\\-]*[a-z]){2}"              \
    ")" OBF_REAL_LOCAL                                                                             \
    "|(?<=[<(\\[]|mail: |mail:|mail |mail=|mail = |mail\\t|contact: |contact : |kontakt: "         \
    "|correo: |courriel: |courriel : |contatto: |contacto: |contato: )" OBF_REAL_LOCAL             \
    ")" OBF_REAL_EXT " (?:at|\\x{e4}t|chez) |" OBF_REAL_LOCAL " (?:arroba|arobase) )(?:" OBF_LABEL \
    "(?:\\.|" OBF_BDOT ")){1,4}" OBF_TLD "(?![\\w\\-@]|[.'\\x{2019}]\\w)"
#define OBF_EMAIL                                                                                  \
    "(?i)" OBF_REAL "|(?<![\\w.@+\\-])[a-z0-9](?:[a-z0-9._+\\-]{0,62}[a-z0-9])?"                   \
    "(?: " OBF_SDOTW " [a-z0-9](?:[a-z0-9_\\-]{0,30}[a-z0-9])?){0,2}"                              \
    "(?:(?:" OBF_BAT "|" OBF_SYMAT "| @ )(?:" OBF_LABEL "(?:\\.| \\. |" OBF_BDOT "|" OBF_PDOT      \
    ")){1,4}"                                                                                      \
    "|" OBF_STOP OBF_ROMANCE " (?:at|\\x{e4}t|arroba|arobase) (?:" OBF_LABEL "(?:" OBF_BDOT        \
    "|" OBF_PDOT ")){1,4}|" OBF_STOP OBF_ROMANCE " " OBF_SATW " (?:" OBF_LABEL " " OBF_SDOTW       \
    " ){1,4})" OBF_TLD "(?![\\w\\-@]|[.'\\x{2019}]\\w)"

/* ---- a value split by '/', '_' or '.', or over a JSON array's elements ------------------------
 * "4738/5069/1739/2055", "DE89_3704_0044_0532_0130_00", "+49/151/123/4567", "SSN is 536.22.8451",
 * "card": [4713, 3951, 3289, 6642], "phone": ["+49", "151", "123", "4567"]. The same separators
 * join dates, paths and versions (2024/01/15, v1_2_3), and an array of numbers is as often
 * coordinates, ports or a matrix, so such a value is read as one only in its type's group sizes
 * (4-4-4-4 or 4-6-5, the IBAN's fours, a '+' and a country code, 3-2-4), with one separator
 * between every group, an array only whole (from '[' to ']'), and when the joined value passes
 * its type's check: Luhn and an issuer range, the IBAN's length and mod 97, a country's number
 * length, the SSN's rules after its name (anon_c_ssn_label: the US pack's dashed form alone
 * stands without one). Their gates (gate.c, anon_g_*_split) share the bit ANON_GB_SPLIT. */
#define SPLIT_ARR_SEP "(\"?, ?\"?)"
#define CARD_SPLIT                                                                                 \
    "(?:" ANON_CARD_START                                                                          \
    "(?:\\d{4}([/_])\\d{4}\\1\\d{4}\\1\\d{4}|\\d{4}([/_])\\d{6}\\2\\d{5})" ANON_CARD_END           \
    "|(?<=\\[|\\[\")(?:\\d{4}" SPLIT_ARR_SEP "\\d{4}\\3\\d{4}\\3\\d{4}"                            \
    "|\\d{4}" SPLIT_ARR_SEP "\\d{6}\\4\\d{5})(?=\"?\\]))"
#define IBAN_SPLIT                                                                                 \
    "(?:(?<![\\w\\-])[A-Z]{2}\\d{2}([./_])[A-Z0-9]{4}(?:\\1[A-Z0-9]{1,4}){1,7}(?![\\w]|[./]\\w)"   \
    "|(?<=\\[\")[A-Z]{2}\\d{2}(\", ?\")[A-Z0-9]{4}(?:\\2[A-Z0-9]{1,4}){1,7}(?=\"\\]))"
#define PHONE_SPLIT                                                                                \
    "(?:(?<![\\w+/.\\-])\\+\\d{1,3}([/_])\\d{1,5}(?:\\1\\d{1,5}){1,5}(?![\\w]|[/.\\-]\\d)"         \
    "|(?<=\\[\")\\+\\d{1,3}(\", ?\")\\d{1,5}(?:\\2\\d{1,5}){1,5}(?=\"\\]))"

/* The value's letters and digits, upper case, into buf (cap bytes); their count, 0 when more. */
static size_t split_alnum(const char *p, size_t n, char *buf, size_t cap)
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        char c = p[i];
        if ((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) {
            if (k == cap)
                return 0;
            buf[k++] = (char)(c >= 'a' ? c - 32 : c);
        }
    }
    return k;
}

static size_t v_iban_split(const char *p, size_t n)
{
    char b[40];
    size_t k = split_alnum(p, n, b, sizeof b);
    return k && anon_v_iban(b, k) == k ? n : 0;
}

/* a '+', a country calling code and that country's number length */
static size_t v_phone_split(const char *p, size_t n)
{
    char b[24];
    size_t k = split_alnum(p, n, b, sizeof b);
    return k >= 8 && k <= 15 && anon_e164_ok(b, k) ? n : 0;
}

static const anon_detector_def_t global_defs[] = {
    {"EMAIL",
     /* not inside a longer token, not //user@host */
     "(?:" AT_NOT_BEFORE "(?<!//)(?!" AT_GLUED ")|(?<=[^\\x00-\\x7f])(?<=" NOT_LATIN
     ")(?=[A-Za-z0-9]))"
     "(?:\"(?:[^\"\\\\\\r\\n]|\\\\.){1,64}\""
     /* a '|' is atext, but a field separator after a name ("Maria Keller|maria@x", git log's
      * %an|%ae): no local part holds one after a capitalised word ("Keller|maria@x") or when
      * another '|' follows the address ("krause|s.krause@web.de|fix") */
     "|(?![A-Za-z_][\\w.\\-]*=|[^@\\s]{0,63}?[?&][A-Za-z_][\\w.\\-]*=|" AT_PIPE_FIELD ")"
     "(?:(?<!/)" AT_FIRST "(?:" AT_NOSLASH "|/(?!/|" AT_PROFILE ")){0,63}"
     "|" AT_FIRST AT_NOSLASH "{0,63}))"
     /* a GitHub App's commits: "49699333+dependabot[bot]@users.noreply.github.com" */
     "(?:\\[bot\\])?"
     /* a PDF or terminal wrapped it before the '@' or the top-level domain (anon_v_email wants
      * a known one then: "return x\\n@functools.cache" is a decorator); git's own default
      * domain when the host has none ("maria@old-laptop.(none)", in .mailmap and old logs) */
     "(?:\\r?\\n)?@(?:\\w[\\w\\p{M}\\-]{0,62}+(?<!-)\\.){1,8}(?:" EMAIL_TLD_ASCII "|(?:" EMAIL_TLD
     "|" EMAIL_WRAPPED_TLD "|\\(none\\))"
     "(?![\\w\\p{M}\\-@]|\\.\\w))",
     anon_v_email, ANON_DF_WINDOW, LIT("@"), 0, 0, NULL},
    {"EMAIL", OBF_EMAIL, NULL, ANON_DF_NOCASE | ANON_DF_AROUND | ANON_DF_DOTWORD,
     LIT("at)", "at}", "at>", "t]", "arroba)", "arobase)", "chiocciola)", "[at]", "[arroba]",
         "[arobase]", "[chiocciola]", "[dot]", "[punkt]", "[punt]", "[point]", "[punto]", "[ponto]",
         "dot)", "punkt)", "punt)", "point)", "punto)", "ponto)", " @ ", " arroba ", " arobase ",
         "mail:", "mail :", "contact:", "contact :", "kontakt:", "correo:", "courriel:",
         "courriel :", "contatto:", "contacto:", "contato:", "maintainer:", "uploaders:", "[.]",
         "(@)", "{@}", "(et)", "[et]", "(ma\xc5\x82pa)", "[ma\xc5\x82pa]", "(snabel-a)",
         "[snabel-a]", "(kukac)", "[kukac]", "(piste)", "[piste]", "(nokta)", "[nokta]", "(kropka)",
         "[kropka]"),
     0, 0, NULL},
    /* OBF_REAL in prose with no key: the host's dot before the first letter of the top-level
     * domains of the pack languages' countries, of the Nordic, Greek, Romanian, Turkish and
     * Montenegrin ones (.se, .gr, .ro, .tr, .me) and com, org, net, edu, info, biz, io, eu;
     * dots before h and l open many method calls in code (obj.length, .log) and are left out
     * for their cost (.hu, .lt, .lu, .lv hosts are found only after a key) */
    {"EMAIL", "(?i)" OBF_REAL, NULL, ANON_DF_NOCASE | ANON_DF_AROUND | ANON_DF_ATHOST,
     LIT(".a", ".b", ".c", ".d", ".e", ".f", ".g", ".i", ".m", ".n", ".o", ".p", ".r", ".s", ".t",
         ".u"),
     0, 0, NULL},
    /* Any grouping of 4 (4-6-5 for Amex), separated by spaces, dots, dashes or one line break
     * (mixed), or one run broken by a line break; the validator wants an issuer range. A card
     * may stand after other numbers ("Card #1 4111 ...", "order 12345 4111...") and in a path. */
    {"CREDIT_CARD",
     /* a path segment (/v1/cards/4539...) holds a card, bare or in dashed groups
      * (/card/4111-1111-1111-1111?ref=mail); longer ones than 16 digits there need what a bare
      * run needs (anon_c_card): /users/3531482945293191288 is an id */
     "(?:(?<=/)(?<!//)"
     "(?:\\d{13,19}|\\d{4}-\\d{4}-\\d{4}-\\d{1,4}(?:-\\d{1,3})?|\\d{4}-\\d{6}-\\d{4,5})"
     "|" ANON_CARD_START "(?:\\d{12,19}(?!\\r?\\n\\d)|\\d{4}" CARD_SEP "\\d{4}" CARD_SEP
     "\\d{4}" CARD_SEP "\\d{1,4}(?:[ .\\-]\\d{1,3})?|"
     "\\d{4}" CARD_SEP "\\d{6}" CARD_SEP "\\d{4,5}|\\d{4,19}\\r?\\n\\d{1,15}))" ANON_CARD_END,
     anon_v_luhn, ANON_DF_CHECKSUM, NULL, 12, 0, anon_g_card},
    /* A card's security code (CVV/CVC/CSC, the one card value PCI DSS forbids storing): 3 or 4
     * digits right after a label that names it, in the pack locales' words, with ':', '=', '#',
     * "is", "no." or a JSON member's quotes between ("cvv: 123", "CVC2=4821", "\"cvv\": \"123\"",
     * "código de seguridad 123", "cryptogramme visuel : 123"). Triggered by the label (its rarest
     * byte, see engine.c), so text without one costs nothing; "status code 404",
     * "validateCvv(123)", "cvc 2 of 3" and "CVV: not required" hold no such label-then-code shape.
     * The expiry date beside a card stays: without the card number it names no account
     * (notes/pci8.md). */
    {"CARD_SECURITY_CODE", CSC_PATTERN, NULL, ANON_DF_NOCASE,
     LIT("cvv", "cvc", "cvn", "security", "segur", "sicurezza", "beveiligings", "cryptogramme"), 0,
     0, NULL},
    /* Country, check digits and BBAN in any grouping, spaces, tabs (a spreadsheet's cells) or
     * dashes between, at most one line break; the validator counts the country's length and
     * checks mod 97. */
    {"IBAN",
     "(?<![\\w\\-])[A-Za-z]{2}[ \\-]?\\d{2}(?:(?:[ \\t\\-]|\\r?\\n)?[A-Za-z0-9]){10,30}(?![\\w])",
     anon_v_iban, ANON_DF_CHECKSUM, NULL, 6, 0, anon_g_iban},
    {"CREDIT_CARD", CARD_SPLIT, anon_v_luhn, ANON_DF_CHECKSUM, NULL, 12, 0, anon_g_card_split},
    {"IBAN", IBAN_SPLIT, v_iban_split, ANON_DF_CHECKSUM, NULL, 6, 0, anon_g_iban_split},
    {"IPV4", "(?<![\\w.\\-])(?:\\d{1,3}\\.){3}\\d{1,3}(?![\\w\\-]|\\.\\d)", anon_v_ipv4, 0, NULL, 4,
     '.', anon_g_ipv4},
    {"IPV6",
     "(?<![\\w:.])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?:\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3})?"
     "(?![\\w:]|\\.\\d)",
     anon_v_ipv6, 0, NULL, 1, ':', anon_g_ipv6},
    /* A phone needs a phone's shape or a label (anon_c_phone). Shapes: an international prefix
     * or an area code in parentheses (these may follow other numbers: "Suite 500 +1 ...",
     * "Apt 4 (415) ..."), NANP 3-3-4 (with its trunk 1), national numbers with their trunk 0.
     * Any other grouping, and bare 10-11 digit runs, only after a phone word or before a phone
     * label (digit groups and then "office"). Digit groups without either (tables, ps columns,
     * numpy prints, sizes) are not phones. */
    {"PHONE",
     "(?:\\+(?<=/\\+)(?<!//\\+)\\d{8,15}|" ANON_PHONE_START
     "(?:(?:\\+|(?<!\\d[ .\\-])00(?=[1-9]))[ ]?\\d{1,3}(?:[ .\\-]?\\(0\\)(?:[ "
     "]?[1-9]\\d{1,4}/(?=\\d{5}))?)?"
     "(?:[ .\\-/]?(?:\\(\\d{1,5}\\)|\\d{1,5})){1,6}"
     /* (the German notation: the trunk 0 in brackets, the area code, a slash: "(0)170/1234567";
      * a country code in brackets: "(+351) 932 110 203") */
     "|\\((?:0\\)[ ]?[1-9]\\d{1,4}/\\d{5,8}(?!\\d)|\\+?\\d{1,5}\\)[ .\\-]?\\d{2,5}(?:[ "
     ".\\-]?\\d{2,5}){0,3}"
     /* (a bracketed country code before a one-digit area code: "(+358) 9 731 71 65") */
     "|\\+\\d{1,3}\\)[ ]?[1-9](?:[ .\\-]\\d{2,5}){2,4})"
     /* (Hungary's trunk prefix and a one-digit area code: "06 1 622 9253", "(06 30) 123 4567";
      * a dash or slash between spaces after the trunk 0 and the area code: "06 - 12345678",
      * "06221 / 10 09 81") */
     "|\\(06[ \\-]\\d{1,2}\\)[ ]?\\d{3}[ \\-]?\\d{3,4}(?!\\d)"
     "|(?:(?<!\\d[ .\\-])|(?<=\\d )" LIST_NO ")"
     "(?:\\d{8,15}(?!\\d)|\\d{1,6}(?:[ .\\-/]\\d{2,8}){1,5}"
     "|06[ \\-]1[ \\-/]\\d{3}[ \\-]?\\d{4}(?!\\d)|0[1-9]\\d{0,3} [\\-/] \\d{2,8}(?:[ "
     ".\\-]\\d{2,8}){0,3}"
     /* (a trunk-0 number and its DIN 5008 extension: "0221 73193-0", "034154203-0") */
     "|0[1-9]\\d{1,4}[ /]?\\d{3,8}-\\d{1,5}(?!\\d))))"
     "(?:[ ]?(?:x|ext\\.?|extension)[ ]?\\d{1,6})?" ANON_CARD_END,
     anon_v_phone, 0, NULL, 7, 0, anon_g_phone},
    /* a WhatsApp link's number, in international form without its '+' (wa.me/491701234567,
     * api.whatsapp.com/send?phone=...): only numbers go there. Both hold a '/'. The link's other
     * profiles are names_profileurl.c's. */
    {"PHONE", "(?:wa\\.me/|send\\?phone=)(?<v>\\+?[1-9]\\d{7,14})(?![\\w])", NULL, 0, NULL, 8, '/',
     anon_g_wa_phone},
    {"PHONE", PHONE_SPLIT, v_phone_split, 0, NULL, 8, 0, anon_g_phone_split},
};

/* US_SSN split (see CARD_SPLIT): by '/', '_' or '.', a dash and a space mixed, over an array */
#define SSN_SPLIT                                                                                  \
    "(?:" NUM_START "\\d{3}(?:([/_.])\\d{2}\\1|-\\d{2} | \\d{2}-)\\d{4}" NUM_END                   \
    "|(?<=\\[|\\[\")\\d{3}" SPLIT_ARR_SEP "\\d{2}\\2\\d{4}(?=\"?\\]))"

/* A bare or spaced SSN (it needs its name, anon_c_ssn_label) may run on into ",": the next cell
 * of a CSV row under an SSN column head ("Ann Lee,536 22 8451,417283390"). */
#define SSN_END ANON_CARD_END

static const anon_detector_def_t us_defs[] = {
    /* without dashes only after its name (anon_c_ssn_label) */
    /* dashed also as a path segment (/data/536-22-8451/w2.pdf, /taxId/536-22-8451?ref=mail), and
     * as a CSV cell right after a digit-ending cell (1987-03-04,536-22-8451: a date of birth
     * column before it) */
    {"US_SSN",
     "(?:(?<=/)(?<!//)\\d{3}-\\d{2}-\\d{4}(?=[/?#])|(?<=\\d,)\\d{3}-\\d{2}-\\d{4}" NUM_END
     "|" NUM_START "(?:\\d{3}-\\d{2}-\\d{4}" NUM_END "|(?:\\d{9}|\\d{3} \\d{2} \\d{4})" SSN_END
     "))",
     anon_v_us_ssn, ANON_DF_CHECKSUM, NULL, 9, 0, anon_g_us_ssn},
    {"US_SSN", SSN_SPLIT, anon_v_us_ssn, ANON_DF_CHECKSUM, NULL, 9, 0, anon_g_ssn_split},
    {"US_ITIN", NUM_START "9\\d{2}-\\d{2}-\\d{4}" NUM_END, anon_v_us_itin, ANON_DF_CHECKSUM, NULL,
     9, 0, anon_g_us_itin},
};

const anon_pack_t anon_pack_global = {"GLOBAL", global_defs,
                                      sizeof global_defs / sizeof global_defs[0]};
const anon_pack_t anon_pack_us = {"US", us_defs, sizeof us_defs / sizeof us_defs[0]};
