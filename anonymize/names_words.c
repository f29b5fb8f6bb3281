/* names_words.c: the word level of the NAMES pack: what a letter, a capitalised word and a
 * lexicon entry are, and the small fixed word lists the scanner's signals consult.
 *
 * Letters are ASCII, the two-byte UTF-8 Latin range (U+00C0 .. U+024F, accents of every pack
 * locale), Latin Extended Additional (Vietnamese) and combining marks inside a word (text in
 * NFD); case folding (nw_fold()) covers ASCII and Latin-1 only, the same folding the lexicon
 * generator (contrib/names/gen_lexicon.py, lower()) applied to its keys ("Łukasz" is a key as
 * written); nw_fold_capital() lowers the other capitals, for lists that hold them in lower case.
 */
#include "anonymize/names_internal.h"

#include <pthread.h>
#include <stdatomic.h>
#include <string.h>

size_t nw_fold_capital(const uint8_t *p, char *out)
{
    unsigned cp;
    if (p[0] == 0xC3) {
        out[0] = (char)0xC3;
        out[1] = (char)(p[1] + 0x20);
        return 2;
    }
    if (p[0] == 0xE1) {
        cp = nw_latin_add(p, 3);
        if (cp == 0x1E9E) { /* "ẞ" -> "ß" */
            out[0] = (char)0xC3;
            out[1] = (char)0x9F;
            return 2;
        }
        cp |= 1;
        out[0] = (char)0xE1;
        out[1] = (char)(0x80 | (cp >> 6 & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    cp = ((unsigned)(p[0] & 0x1F) << 6) | (p[1] & 0x3F);
    if (cp == 0x130) {
        out[0] = 'i';
        return 1;
    }
    if (cp == 0x178) { /* "Ÿ" -> "ÿ" */
        out[0] = (char)0xC3;
        out[1] = (char)0xBF;
        return 2;
    }
    cp++;
    out[0] = (char)(0xC0 | cp >> 6);
    out[1] = (char)(0x80 | (cp & 0x3F));
    return 2;
}

/* 8 (4) ASCII bytes with 'A'..'Z' in lower case, as one word: a byte >= 0x41 and not >= 0x5B
 * gets 0x20 (no sum carries out of a byte below 0x80; a byte above it is folded again below) */
static inline uint64_t fold8(uint64_t v)
{
    return v | ((v + 0x3F3F3F3F3F3F3F3Fu) & ~(v + 0x2525252525252525u) & 0x8080808080808080u) >> 2;
}

static inline uint32_t fold4(uint32_t v)
{
    return v | ((v + 0x3F3F3F3Fu) & ~(v + 0x25252525u) & 0x80808080u) >> 2;
}

size_t nw_fold(const char *p, size_t n, char *out, size_t cap)
{
    const uint8_t *s = (const uint8_t *)p;
    if (n <= cap) { /* an ASCII word (most are): 8 or 4 bytes a step, the last step overlapping
                       the one before (each reads s, so a byte folded twice is the same) */
        uint64_t hi = 0, v;
        if (n >= 8) {
            for (size_t i = 0;; i += 8) {
                if (i + 8 > n)
                    i = n - 8;
                memcpy(&v, s + i, 8);
                hi |= v;
                v = fold8(v);
                memcpy(out + i, &v, 8);
                if (i + 8 == n)
                    break;
            }
        } else if (n >= 4) {
            uint32_t a, b;
            memcpy(&a, s, 4);
            memcpy(&b, s + n - 4, 4);
            hi = a | b;
            a = fold4(a);
            b = fold4(b);
            memcpy(out, &a, 4);
            memcpy(out + n - 4, &b, 4);
        } else {
            for (size_t i = 0; i < n; i++) {
                uint8_t c = s[i];
                hi |= c;
                out[i] = (char)(c + ((uint8_t)(c - 'A') < 26 ? 32 : 0));
            }
        }
        if (!(hi & 0x8080808080808080u))
            return n;
    }
    size_t o = 0; /* else from the start again, for the two-byte capitals */
    for (size_t i = 0; i < n; i++) {
        uint8_t c = s[i];
        if (o >= cap)
            return 0;
        if (c >= 'A' && c <= 'Z')
            c = (uint8_t)(c + 32);
        else if (c == 0xC3 && i + 1 < n && s[i + 1] >= 0x80 && s[i + 1] <= 0x9E &&
                 s[i + 1] != 0x97) {
            if (o + 2 > cap)
                return 0;
            out[o++] = (char)0xC3;
            out[o++] = (char)(s[++i] + 0x20);
            continue;
        }
        out[o++] = (char)c;
    }
    return o;
}

/* The lexicon's key, 8 bytes at a time: a little-endian load (the table was built so) */
static inline uint64_t lex_load(const uint8_t *p)
{
    uint64_t x;
    memcpy(&x, p, 8);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
    x = __builtin_bswap64(x);
#endif
    return x;
}

#define LEX_K 0x9E3779B97F4A7C15u
#define LEX_HI 0x8080808080808080u

/* 8 ASCII bytes with 'A'..'Z' in lower case: a byte >= 0x41 and not >= 0x5B gets 0x20 */
static inline uint64_t lex_lower8(uint64_t v)
{
    return v | ((v + 0x3F3F3F3F3F3F3F3Fu) & ~(v + 0x2525252525252525u) & LEX_HI) >> 2;
}

/* The probe of a key already folded into n (1..40) bytes, as chunks x[0 .. (n + 7) / 8) whose
 * bytes past n are zero; the slot comes from gen_lexicon.py's lex_hash(). */
static unsigned lex_probe(const uint64_t *x, size_t n)
{
    size_t nc = (n + 7) / 8;
    uint64_t h = n;
    for (size_t c = 0; c < nc; c++)
        h = (h ^ x[c]) * LEX_K;
    h = (h ^ (h >> 32)) * LEX_K;
    uint32_t mask = anon_names_nslots - 1;
    for (uint32_t s = (uint32_t)(h >> 32) & mask;; s = (s + 1) & mask) {
        uint32_t off = anon_names_slots[s];
        if (!off)
            return 0;
        const uint8_t *e = anon_names_blob + off - 1;
        if (e[1] != n) /* most slots probed hold a word of another length */
            continue;
        size_t c = 0; /* the blob ends in 8 zero bytes: every load stays inside it */
        uint64_t last = n % 8 ? ~(uint64_t)0 >> (64 - 8 * (n % 8)) : ~(uint64_t)0;
        while (c + 1 < nc && lex_load(e + 2 + 8 * c) == x[c])
            c++;
        if (c + 1 == nc && (lex_load(e + 2 + 8 * c) & last) == x[c])
            return e[0];
    }
}

/* The key at p (n bytes, ASCII), folded 8 bytes at a time into x: 0 when a byte is no ASCII.
 * avail bytes may be read from p (at least n). */
static inline int lex_fold_ascii(const uint8_t *p, size_t n, size_t avail, uint64_t *x)
{
    size_t nc = (n + 7) / 8;
    for (size_t c = 0; c < nc; c++) {
        uint64_t v;
        size_t r = n - 8 * c < 8 ? n - 8 * c : 8;
        if (8 * c + 8 <= avail)
            v = lex_load(p + 8 * c);
        else {
            uint8_t b[8] = {0};
            memcpy(b, p + 8 * c, r);
            v = lex_load(b);
        }
        if (r < 8)
            v &= ~(uint64_t)0 >> (64 - 8 * r);
        if (v & LEX_HI)
            return 0;
        x[c] = lex_lower8(v);
    }
    return 1;
}

/* The rest: a key with Latin-1 (or other) bytes, folded by nw_fold() */
static unsigned lex_other(const uint8_t *p, size_t n)
{
    uint8_t w[48] = {0};
    size_t k = nw_fold((const char *)p, n, (char *)w, 40);
    if (k == 0 || k > 40)
        return 0;
    uint64_t x[5];
    for (size_t c = 0; c < (k + 7) / 8; c++)
        x[c] = lex_load(w + 8 * c);
    return lex_probe(x, k);
}

/* lex_probe() of a key of one chunk (n <= 8), the most words */
static unsigned lex_probe1(uint64_t x, size_t n)
{
    uint64_t h = (n ^ x) * LEX_K, m = ~(uint64_t)0 >> (64 - 8 * n);
    h = (h ^ (h >> 32)) * LEX_K;
    uint32_t mask = anon_names_nslots - 1;
    for (uint32_t s = (uint32_t)(h >> 32) & mask;; s = (s + 1) & mask) {
        uint32_t off = anon_names_slots[s];
        if (!off)
            return 0;
        const uint8_t *e = anon_names_blob + off - 1;
        if (e[1] == n && (lex_load(e + 2) & m) == x)
            return e[0];
    }
}

/* lex_probe() of a key of two chunks (8 < n <= 16) */
static unsigned lex_probe2(uint64_t x0, uint64_t x1, size_t n)
{
    uint64_t h = ((n ^ x0) * LEX_K ^ x1) * LEX_K, m = ~(uint64_t)0 >> (128 - 8 * n);
    h = (h ^ (h >> 32)) * LEX_K;
    uint32_t mask = anon_names_nslots - 1;
    for (uint32_t s = (uint32_t)(h >> 32) & mask;; s = (s + 1) & mask) {
        uint32_t off = anon_names_slots[s];
        if (!off)
            return 0;
        const uint8_t *e = anon_names_blob + off - 1;
        if (e[1] == n && lex_load(e + 2) == x0 && (lex_load(e + 10) & m) == x1)
            return e[0];
    }
}

/* nw_lexicon_in() for the keys its front does not take: apart, so that the front (most words)
 * needs no frame for x[] */
static __attribute__((noinline)) unsigned lexicon_rest(const uint8_t *t, size_t len, size_t a,
                                                       size_t n)
{
    uint64_t x[5];
    if (lex_fold_ascii(t + a, n, len - a, x))
        return lex_probe(x, n);
    return lex_other(t + a, n);
}

unsigned nw_lexicon_in(const uint8_t *t, size_t len, size_t a, size_t b)
{
    size_t n = b - a;
    if (n == 0 || n > 40)
        return 0;
    if (n <= 8 && len - a >= 8) { /* one chunk, loaded whole */
        uint64_t v = lex_load(t + a) & (~(uint64_t)0 >> (64 - 8 * n));
        if (!(v & LEX_HI))
            return lex_probe1(lex_lower8(v), n);
    } else if (n <= 16 && len - a >= 16) {
        uint64_t v0 = lex_load(t + a), v1 = lex_load(t + a + 8) & (~(uint64_t)0 >> (128 - 8 * n));
        if (!((v0 | v1) & LEX_HI))
            return lex_probe2(lex_lower8(v0), lex_lower8(v1), n);
    }
    return lexicon_rest(t, len, a, n);
}

unsigned anon_names_lexicon(const char *p, size_t n)
{
    return nw_lexicon_in((const uint8_t *)p, n, 0, n);
}

/* ---- word lists (lower case) --------------------------------------------- */

/* Titles before a name ("Dr. Keller", "mevr. Jansen", "an Herrn Keller", "alla sig.ra Rossi");
 * compared without their last dot. */
static const char *const honorifics[] = {
    "avv",
    "capt",
    "col",
    "dhr",
    "don",
    "dott",
    "dottoressa",
    "dottssa",
    "doña",
    "dr",
    "dra",
    "father",
    "frau",
    "fräulein",
    "gen",
    "herr",
    "ing",
    "lady",
    "lord",
    "m",
    "madam",
    "madame",
    "mademoiselle",
    "meneer",
    "mevr",
    "mevrouw",
    "miss",
    "mlle",
    "mme",
    "monsieur",
    "mr",
    "mrs",
    "ms",
    "mw",
    "mx",
    "prof",
    "professor",
    "rev",
    "señor",
    "señora",
    "señorita",
    "sgt",
    "sig",
    "signor",
    "signora",
    "signorina",
    "sir",
    "sr",
    "sra",
    "srta",
    "herrn",
    "sig.ra",
    "sig.na",
    "dott.ssa",
    /* a medical note names the patient so, and "Dr. med. X" */
    "patient",
    "patiënt",
    "patiente",
    "patientin",
    "paciente",
    "paziente",
    "med",
};
/* Greetings that put a name right after them at the start of a line. */
static const char *const salutations[] = {
    "beste",   "bonjour", "bonsoir",     "buenas",  "buenos",  "buongiorno", "cara",
    "caro",    "cher",    "chère",       "ciao",    "dear",    "estimada",   "estimado",
    "geachte", "gentile", "goedemorgen", "hallo",   "hello",   "hey",        "hi",
    "hoi",     "hola",    "liebe",       "lieber",  "morning", "querida",    "querido",
    "salut",   "servus",  "thanks",      "welcome", "yo",
};
/* Verbs and words after which a capitalised word is usually a person ("called Maria"). */
static const char *const verbs_before[] = {
    "angerufen", "appelé",    "appelée",   "ask",        "asked",       "assign",     "assigned",
    "call",      "called",    "cc",        "chiamata",   "chiamato",    "contact",    "contacted",
    "contacté",  "contactée", "email",     "emailed",    "envoie",      "featuring",  "gebeld",
    "greeted",   "hired",     "hugged",    "informed",   "interviewed", "introduced", "invite",
    "invited",   "kissed",    "llamé",     "married",    "meet",        "messaged",   "met",
    "named",     "notified",  "paged",     "phoned",     "ping",        "pinged",     "remind",
    "replied",   "said",      "says",      "schickt",    "shouted",     "starring",   "stuurt",
    "tell",      "texted",    "thank",     "thanked",    "told",        "visited",    "yelled",
    "recommend", "zwischen",  "comparece", "comparecen",
};
/* Verbs and words after a person ("Maria said"). */
static const char *const verbs_after[] = {
    "added",
    "agreed",
    "answered",
    "asked",
    "asks",
    "called",
    "confirmed",
    "dijo",
    "disse",
    "emailed",
    "enverra",
    "enviará",
    "explained",
    "fragte",
    "joined",
    "lives",
    "manderà",
    "meinte",
    "mentioned",
    "noted",
    "replied",
    "replies",
    "sagte",
    "said",
    "says",
    "schickt",
    "schreef",
    "schrieb",
    "scrisse",
    "sendet",
    "stuurt",
    "suggested",
    "thinks",
    "told",
    "was",
    "works",
    "writes",
    "wrote",
    "zei",
    /* ticket histories */
    "approved",
    "reported",
    "escalated",
    "requested",
    "commented",
    "responded",
};
/* Words that make the capitalised words before them a term, a place or a company. */
static const char *const terms_after[] = {
    "&",
    "ag",
    "airport",
    "algorithm",
    "api",
    "avenue",
    "bank",
    "bay",
    "beach",
    "bridge",
    "building",
    "center",
    "centre",
    "church",
    "city",
    "co",
    "college",
    "company",
    "coefficient",
    "conjecture",
    "constant",
    "corp",
    "correlation",
    "county",
    "curve",
    "distribution",
    "effect",
    "equation",
    "filter",
    "foundation",
    "framework",
    "function",
    "game", /* "Conway's Game of Life" */
    "gmbh",
    "group",
    "hall",
    "hospital",
    "hypothesis",
    "inc",
    "index",
    "institute",
    "island",
    "lake",
    "law",
    "lemma",
    "library",
    "llc",
    "ltd",
    "matrix",
    "method",
    "model",
    "mountain",
    "museum",
    "number",
    "numbers",
    "paradox",
    "park",
    "principle",
    "razor",
    "problem",
    "process",
    "river",
    "road",
    "school",
    "score",
    "sdk",
    "series",
    "sieve",
    "space",
    "square",
    "station",
    "street",
    "test",
    "theorem",
    "transform",
    "university",
    "valley",
    /* companies */
    "corporation",
    "traders",
    "industries",
    "logistics",
    "solutions",
    "systems",
    "technologies",
    "consulting",
    "holdings",
    "partners",
    "labs",
};
/* Capitalised words that are not people even where a lexicon lists them: products, tools,
 * languages, assistants, months, weekdays, places and words that open sentences. */
static const char *const not_names[] = {
    /* possessives and determiners that open a sentence: "Meine Kartennummer ist ...", "Deine
     * Adresse lautet ..." read as a name before "ist" (names_shape.c's subject run) */
    "mein",
    "meine",
    "meinen",
    "meinem",
    "meiner",
    /* Polish interrogatives that open a question: "Jakie jest pełne imię?", "Jaka ulica?" */
    "jaka",
    "jakie",
    "jaki",
    "jakiego",
    "jakiej",
    "dein",
    "deine",
    "deinen",
    "deinem",
    "deiner",
    "seine",
    "seinen",
    "seinem",
    "seiner",
    "ihre",
    "ihren",
    "ihrem",
    "ihrer",
    "unser",
    "unsere",
    "unseren",
    "unserem",
    "unserer",
    "eure",
    "euren",
    "eurem",
    "eurer",
    "diese",
    "dieser",
    "dieses",
    "diesen",
    "jede",
    "jeder",
    "jedes",
    "keine",
    "kein",
    "mes",
    "tes",
    "notre",
    "votre",
    "leur",
    "leurs",
    "nuestro",
    "nuestra",
    "vuestro",
    "vuestra",
    "nostro",
    "nostra",
    "vostro",
    "vostra",
    "minha",
    "nosso",
    "nossa",
    "ada",
    "airflow",
    "alexa",
    "alpaca",
    "amsterdam",
    "angular",
    "ansible",
    "apollo",
    "april",
    "argo",
    "artemis",
    "athena",
    "atlas",
    "august",
    "aurora",
    "austin",
    "autoconf",
    "automake",
    "bard",
    "berlin",
    "bert",
    "blender",
    "bolt",
    "bookworm",
    "bullseye",
    "buster",
    "cairo",
    "cassandra",
    "celery",
    "claude",
    "consul",
    "copilot",
    "cortana",
    "crystal",
    "cursor",
    "dallas",
    "danish",
    "dart",
    "darwin",
    "debian",
    "denver",
    "devin",
    "django",
    "docker",
    "elixir",
    "ember",
    "envoy",
    "falcon",
    "flask",
    "florence",
    "flutter",
    "friday",
    "gemini",
    "gemma",
    "godot",
    "grafana",
    "grok",
    "haiku",
    "haskell",
    "helm",
    "hermes",
    "houston",
    "hugo",
    "ionic",
    "jasmine",
    "jekyll",
    "jenkins",
    "jessie",
    "jest",
    "jinja",
    "jira",
    "julia",
    "june",
    "jupyter",
    "kafka",
    "karma",
    "kotlin",
    "lambda",
    "laravel",
    "lazarus",
    "lenny",
    "lisbon",
    "llama",
    "loki",
    "london",
    "lua",
    "luigi",
    "lyon",
    "mac",
    "madrid",
    "malay",
    "march",
    "maven",
    "may",
    "maya",
    "mercury",
    "milano",
    "mistral",
    "mocha",
    "monday",
    "moxie",
    "niagara",
    "nova",
    "opus",
    "orion",
    "orlando",
    "param",
    "paris",
    "pascal",
    "perl",
    "phoenix",
    "pulumi",
    "python",
    "rails",
    "redis",
    "roma",
    "ruby",
    "rust",
    "saturday",
    "scala",
    "sid",
    "sinatra",
    "siri",
    "sonnet",
    "sony",
    "sphinx",
    "squeeze",
    "stretch",
    "sunday",
    "swift",
    "sydney",
    "thursday",
    "titan",
    "travis",
    "trixie",
    "tuesday",
    "unity",
    "vagrant",
    "vault",
    "vienna",
    "vue",
    "wayland",
    "wednesday",
    "wget",
    "wheezy",
    "wien",
    "zeppelin",
    /* developer text: operating systems, editors, vendors, universities, fonts */
    "windows",
    "emacs",
    "cisco",
    "berkeley",
    "stanford",
    "alaska",
    "serif",
    "gio",
    "yonah",
    "raleigh",
    /* macOS releases, service desks in salutations */
    "sonoma",
    "ventura",
    "monterey",
    "sequoia",
    "catalina",
    "mojave",
    "kundenservice",
    "kundendienst",
    "klantenservice",
    "helpdesk",
    "servicedesk",
};
/* Countries, regions, nationalities and pronouns that the name lists also hold ("France",
 * "Georgia", "Thai", "You"), and words that open place names ("Costa Rica", "Saint Vincent");
 * then every other country and language, which name shapes would take ("SAUMUR Andorra"). */
static const char *const places[] = {
    "africa",        "albania",     "america",      "arabia",     "argentina",  "armenia",
    "asia",          "australia",   "austria",      "belgium",    "bolivia",    "bosnia",
    "brazil",        "canada",      "chile",        "china",      "chinese",    "colombia",
    "costa",         "croatia",     "cuba",         "cyprus",     "denmark",    "dutch",
    "east",          "ecuador",     "egypt",        "el",         "english",    "estonia",
    "europe",        "finland",     "florida",      "fort",       "france",     "french",
    "georgia",       "german",      "germany",      "ghana",      "greece",     "greek",
    "guatemala",     "haiti",       "he",           "her",        "him",        "his",
    "honduras",      "hungary",     "iceland",      "india",      "iran",       "iraq",
    "ireland",       "israel",      "it",           "italian",    "italy",      "jamaica",
    "japan",         "japanese",    "jordan",       "kenya",      "korea",      "korean",
    "kuwait",        "lake",        "las",          "latvia",     "lebanon",    "liberia",
    "libya",         "lithuania",   "malaysia",     "mali",       "dominica",   "trinidad",
    "zealand",       "salvador",    "los",          "malta",      "me",         "mexico",
    "monaco",        "mongolia",    "morocco",      "mount",      "namibia",    "nepal",
    "nevada",        "new",         "nicaragua",    "niger",      "nigeria",    "north",
    "norway",        "ohio",        "oman",         "pakistan",   "panama",     "paraguay",
    "peru",          "philippines", "poland",       "polish",     "port",       "portugal",
    "qatar",         "romania",     "russia",       "russian",    "rwanda",     "saint",
    "samoa",         "san",         "santa",        "senegal",    "serbia",     "she",
    "singapore",     "somalia",     "south",        "spain",      "spanish",    "sudan",
    "sweden",        "swedish",     "switzerland",  "syria",      "taiwan",     "tanzania",
    "texas",         "thai",        "thailand",     "they",       "togo",       "tonga",
    "tunisia",       "turkey",      "turkish",      "uganda",     "ukraine",    "venezuela",
    "vietnam",       "we",          "west",         "yemen",      "you",        "zambia",
    "zimbabwe",      "afghanistan", "algeria",      "andorra",    "angola",     "antigua",
    "azerbaijan",    "bahamas",     "bahrain",      "bangladesh", "barbados",   "belarus",
    "belize",        "benin",       "bhutan",       "botswana",   "brunei",     "bulgaria",
    "burkina",       "faso",        "burundi",      "cambodia",   "cameroon",   "comoros",
    "congo",         "djibouti",    "eritrea",      "eswatini",   "ethiopia",   "fiji",
    "gabon",         "gambia",      "grenada",      "guinea",     "guyana",     "indonesia",
    "kazakhstan",    "kiribati",    "kosovo",       "kyrgyzstan", "laos",       "lesotho",
    "liechtenstein", "luxembourg",  "madagascar",   "malawi",     "maldives",   "mauritania",
    "mauritius",     "micronesia",  "moldova",      "montenegro", "mozambique", "myanmar",
    "nauru",         "palau",       "seychelles",   "slovakia",   "slovenia",   "suriname",
    "tajikistan",    "tuvalu",      "turkmenistan", "uruguay",    "uzbekistan", "vanuatu",
    "brazilian",     "portuguese",  "argentinian",  "mexican",    "canadian",   "australian",
    "austrian",      "belgian",     "swiss",        "irish",      "scottish",   "welsh",
    "danish",        "norwegian",   "finnish",      "icelandic",  "hungarian",  "czech",
    "slovak",        "ukrainian",   "croatian",     "serbian",    "bulgarian",  "romanian",
    "persian",       "arabic",      "hebrew",       "hindi",      "indonesian", "vietnamese",
};
/* Months and weekdays of the pack locales (never a name when a number is next to them). */
static const char *const months[] = {
    /* weekdays as mail clients abbreviate them before a date ("On Mon, 3 Feb 2025") */
    "mon",       "tue",      "tues",      "wed",       "thu",       "thur",       "thurs",
    "fri",       "sat",      "sun",       "lun",       "mer",       "jeu",        "ven",
    "jue",       "vie",      "mié",       "abr",       "abril",     "ago",        "agosto",
    "aout",      "août",     "apr",       "april",     "aprile",    "aug",        "august",
    "augusti",   "augustus", "avril",     "dec",       "december",  "decembre",   "dez",
    "dezember",  "dezembro", "dic",       "dicembre",  "diciembre", "déc",        "décembre",
    "ene",       "enero",    "feb",       "febbraio",  "febrero",   "februar",    "februari",
    "february",  "fevrier",  "févr",      "février",   "gen",       "gennaio",    "giu",
    "giugno",    "jan",      "janeiro",   "januar",    "januari",   "january",    "janv",
    "janvier",   "juil",     "juillet",   "juin",      "jul",       "juli",       "julio",
    "july",      "jun",      "june",      "juni",      "junio",     "jän",        "jänner",
    "lug",       "luglio",   "maart",     "mag",       "maggio",    "mai",        "mar",
    "march",     "mars",     "marzo",     "may",       "mayo",      "mei",        "mrt",
    "mrz",       "mär",      "märz",      "nov",       "november",  "novembre",   "noviembre",
    "oct",       "october",  "octobre",   "octubre",   "okt",       "oktober",    "ott",
    "ottobre",   "sep",      "sept",      "september", "septembre", "septiembre", "set",
    "setiembre", "sett",     "settembre",
};
/* Labels after which a line holds a person ("Patient: Maria Keller"); lower case, the words
 * before the colon joined by one space. */
static const char *const labels[] = {
    "aan",
    "aanwezig",
    "absender",
    "achternaam",
    "afzender",
    "an",
    "ansprechpartner",
    "anwesend",
    "apellido",
    "apellidos",
    "applicant",
    "asignado a",
    "asistentes",
    "assegnato a",
    "assigned to",
    "assignee",
    "assigné à",
    "attendee",
    "attendees",
    "attn",
    "author",
    "bcc",
    "beneficiary",
    "cc",
    "client",
    "cliente",
    "cliënt",
    "cognome",
    "contact",
    "contact person",
    "customer",
    "customer name",
    "da",
    "display name",
    "de",
    "destinataire",
    "destinatario",
    "doctor",
    "driver",
    "empfänger",
    "employee",
    "expéditeur",
    "family name",
    "first name",
    "from",
    "full name",
    "given name",
    "guest",
    "insured",
    "interviewee",
    "klant",
    "kunde",
    "last name",
    "manager",
    "member",
    "mittente",
    "naam",
    "nachname",
    "name",
    "name of patient",
    "nom",
    "nombre",
    "nome",
    "ontvanger",
    "owner",
    "para",
    "partecipanti",
    "participant",
    "participants",
    "passenger",
    "paciente",
    "patient",
    "patient name",
    "patiente",
    "patientin",
    "patiënt",
    "paziente",
    "physician",
    "prenom",
    "prénom",
    "présents",
    "recipient",
    "referred by",
    "remitente",
    "reporter",
    "requested by",
    "requester",
    "applicant name",
    "cognome e nome",
    "nome e cognome",
    "nombre y apellidos",
    "nom et prénom",
    "nom prénom",
    "apellidos y nombre",
    "name of applicant",
    "passenger name",
    /* helpdesk exports */
    "agent",
    "agente",
    "melder",
    "bearbeiter",
    "demandeur",
    "demandeuse",
    "behandelaar",
    "solicitante",
    "richiedente",
    "operatore",
    "opened by",
    "reported by",
    "created by",
    "updated by",
    "last updated by",
    "closed by",
    "resolved by",
    "raised by",
    "submitted by",
    "erstellt von",
    "gemeld door",
    "signalé par",
    "reportado por",
    "segnalato da",
    "zugewiesen",
    "toegewezen",
    "asignado",
    "assegnato",
    "assigné",
    "reviewer",
    "sender",
    "signed",
    "student",
    "surname",
    "teilnehmer",
    "tenant",
    "to",
    "toegewezen aan",
    "user",
    "van",
    "von",
    "voornaam",
    "vorname",
    "zugewiesen an",
    "à",
    /* git trailers, calendar invites, notes and delivery labels */
    "signed-off-by",
    "co-authored-by",
    "reviewed-by",
    "tested-by",
    "reported-by",
    "acked-by",
    "suggested-by",
    "helped-by",
    "organizer",
    "organiser",
    "organisator",
    "organisateur",
    "organizador",
    "organizzatore",
    "guests",
    "invitees",
    "attending",
    "ship to",
    "deliver to",
    "bill to", /* invoices: names_tables.c's brief */
    "invoice to",
    "sold to",
    "rechnung an",
    "facturer à",
    "facturé à",
    "factuur aan",
    "facturar a",
    "fatturare a",
    "faturar a",
    "enviar a",
    "lieferadresse",
    "livrer à",
    "spedire a",
    "bezorgen bij",
    "afleveradres",
    "founders",
    "lineup",
    "alineación",
    "speakers",
    "panelists",
    "reviewers",
    "students",
    "players",
    "approved",
    "approved by",
    "checked",
    "checked by",
    "prepared by",
    "reviewed by",
    /* call logs and emergency forms ("Caller: jonas weber", "Next of kin: ...") */
    "caller",
    "anrufer",
    "appelant",
    "beller",
    "llamante",
    "chiamante",
    "requestor",
    "next of kin",
    "emergency contact",
    "spouse",
    /* branch leaks39: authors, reviewers and contacts in the other languages (the English
     * "author", "reviewer", "contact person" were here alone; names_labels7.c reads owners,
     * tenants and applicants with its party test), and the ASCII keys exports write */
    "autor",
    "autorin",
    "verfasser",
    "verfasserin",
    "auteur",
    "auteure",
    "autrice",
    "autora",
    "autore",
    "maintainer",
    "maintainers", /* package metadata: "Maintainers: maria keller, jonas weber" */
    "uploaders",
    "authors",
    "relecteur",
    "relectrice",
    "beoordelaar",
    "revisor",
    "revisora",
    "inquilino",
    "inquilina",
    "kontaktperson",
    "interlocuteur",
    "interlocutrice",
    "persona di contatto",
    "pessoa de contato",
    "vollstaendiger name",
    "gemeldet von",
    "relatado por",
    "atribuído a",
    "atribuido a",
    "assigne a",
    "signale par",
};
/* Labels whose value is a list of people ("Attendees: Maria, Jan and Piet"). */
static const char *const list_labels[] = {
    "a",           "aan",       "aanwezig",     "an",           "anwesend",
    "asistentes",  "attendee",  "attendees",    "cc",           "da",
    "de",          "para",      "partecipanti", "participants", "présents",
    "teilnehmer",  "to",        "van",          "von",          "à",
    "guests",      "invitees",  "founders",     "lineup",       "alineación",
    "speakers",    "panelists", "reviewers",    "students",     "players",
    "maintainers", "uploaders", "authors",
};
/* Words names_docs.c looks for right before a name (a legal role, a relative, the preposition
 * after "son", "née", "between"): only a filter, names_docs.c holds the lists that decide. */
static const char *const doc_words[] = {
    "plaintiff", "defendant", "appellant", "appellee", "respondent", "petitioner", "claimant",
    "debtor", "creditor", "decedent", "deceased", "testator", "executor", "executrix", "guardian",
    "landlord", "lessor", "lessee", "grantor", "grantee", "witness", "applicant", "beneficiary",
    "of", "de", "von", "van", "di", "née", "geb", "geborene", "nata", "between", "zwischen", "son",
    "daughter", "wife", "husband", "kid", "child", "children", "brother", "sister", "mother",
    "father", "mom", "mum", "dad", "uncle", "aunt", "cousin", "nephew", "niece", "grandson",
    "granddaughter", "fiancé", "fiancée", "boyfriend", "girlfriend", "stepson", "stepdaughter",
    "widow", "widower", "sohn", "tochter", "bruder", "schwester", "mutter", "vater", "enkel",
    "enkelin", "neffe", "nichte", "witwe", "ehefrau", "ehemann", "fils", "fille", "frère", "sœur",
    "mère", "père", "mari", "neveu", "nièce", "épouse", "veuve", "hijo", "hija", "hermano",
    "hermana", "esposo", "esposa", "sobrino", "sobrina", "viuda", "filho", "filha", "viúva", "zoon",
    "dochter", "weduwe", "echtgenote", "figlio", "figlia", "moglie", "vedova", "marito",
    "neighbour", "neighbor", "colleague", "coworker", "manager", "supervisor", "landlady", "tenant",
    "my", "our", "his", "her", "their", "your", "mein", "meine", "meinem", "meiner", "unser",
    "unsere", "unserem", "unserer", "mon", "ma", "notre", "mi", "nuestro", "nuestra",
    /* names_leaks45.c's kin nouns of da, no, sv, cs, pl, tr, ro (the C_DOC filter must pass
     * them) */
    "sønnen", "datteren", "hustruen", "enken", "barnebarnet", "broderen", "søsteren", "broren",
    "kona", "faren", "moren", "sonen", "dottern", "hustrun", "änkan", "barnbarnet", "brodern",
    "systern", "maken", "syn", "dcera", "manželka", "manžel", "vnuk", "vnučka", "bratr", "sestra",
    "córka", "żona", "mąż", "wnuk", "wnuczka", "brat", "siostra", "oğlu", "kızı", "torunu",
    "kardeşi", "fiul", "fiica", "soția", "soţia", "soțul", "nepotul", "nepoata", "fratele"};
/* Lines that close a message: the next line is a signature. */
static const char *const closings[] = {
    /* branch chat2: the closings of pt, it, es, nl, fr and Swiss German letters */
    "a presto",
    "abraços",
    "abs",
    "atenciosamente",
    "beijos",
    "bonne journée",
    "cumprimentos",
    "com os melhores cumprimentos",
    "groetjes",
    "hartelijke groeten",
    "un abrazo",
    "beste grüsse",
    "viele grüsse",
    "a bientot",
    "all the best",
    "amicalement",
    "atentamente",
    "best",
    "best regards",
    "best wishes",
    "beste grüße",
    "bien cordialement",
    "bien à vous",
    "cheers",
    "cordialement",
    "cordiali saluti",
    "distinti saluti",
    "groet",
    "groeten",
    "gruß",
    "grüße",
    "hartelijke groet",
    "herzliche grüße",
    "kind regards",
    "lg",
    "liebe grüße",
    "many thanks",
    "met vriendelijke groet",
    "met vriendelijke groeten",
    "mfg",
    "mit besten grüßen",
    "mit freundlichen grüßen",
    "mvg",
    "regards",
    "saludos",
    "saludos cordiales",
    "saluti",
    "sincerely",
    "thank you",
    "thanks",
    "un saludo",
    "un saluto",
    "viele grüße",
    "warm regards",
    "warmly",
    "with best regards",
    "yours",
    "yours faithfully",
    "yours sincerely",
    "yours truly",
};
/* Phrases that introduce one's own or someone's name ("my name is", "je m'appelle"). */
static const char *const intros[] = {
    "appelle",
    "chiamo",
    "heet",
    "heisse",
    "heiße",
    "i'm",
    "im",
    "is",
    "llamo",
    "name's",
    "sono",
    "soy",
    "this is",
    /* "Ich bin X", "Ik ben X", "Je suis X", "Eu sou X": weak, like "I'm X" (names.c) */
    "bin",
    "ben",
    "suis",
    "sou",
};
/* Particles inside a name ("Ludwig van Beethoven", "Gabriel García de la Cruz"). */
static const char *const particles[] = {
    "al",    "bin",   "da",    "dal", "dalla", "das", "de",  "degli", "dei", "del",
    "della", "delle", "dello", "den", "der",   "des", "di",  "do",    "dos", "du",
    "el",    "ibn",   "la",    "le",  "ten",   "ter", "van", "von",   "y",   "zu",
};

/* Street types and unit words of the address scanner (names.c). */
static const char *const en_types[] = {
    "alley", "ave", "avenue", "blvd", "boulevard", "cir", "circle", "close", "court", "cres",
    "crescent", "ct", "dr", "drive", "expressway", "freeway", "gardens", "grove", "highway", "hwy",
    "lane", "ln", "loop", "mews", "parkway", "path", "pike", "pkwy", "pl", "place", "plaza", "rd",
    "road", "route", "row", "sq", "square", "st", "street", "ter", "terrace", "trail", "trl",
    "walk", "way", "parade", "esplanade", "promenade", "rise",
    /* USPS suffixes (faker writes them too); not the ones that are common words after a number
     * in prose ("Run", "Pass", "View", "Junction") */
    "bend", "bluff", "brook", "canyon", "cove", "creek", "crossing", "dale", "estates", "falls",
    "flats", "glen", "harbor", "heights", "hills", "hollow", "knoll", "landing", "manor", "meadows",
    "mills", "ridge", "shoals", "springs", "valley", "village", "vista", "str"};
static const char *const fr_types[] = {
    "allée",   "av",      "avenue", "bd",     "boulevard", "chemin", "cours",
    "impasse", "passage", "place",  "quai",   "route",     "rue",    "square",
    "voie",    "parvis",  "rond",   "straed", "hent"}; /* Breton: "12 straed ar Vilin", "5 hent
                                                          Sant-Mikael" */
static const char *const first_types[] = {
    "am",      "av",       "avda",         "avenida",         "avenue",  "boulevard", "calle",
    "camino",  "carrer",   "carretera",    "chemin",          "corso",   "largo",     "paseo",
    "piazza",  "piazzale", "plaza",        "ronda",           "rua",     "rue",       "via",
    "viale",   "vicolo",   "laan",         "chauss\303\251e", "calzada", "rambla",    "strada",
    "passeig", "avinguda", "pra\303\247a", "travessa",        "estrada", "carrera",   "lungomare",
    "ctra",
};
/* Street types written in lower case after the name, then the number: Hungarian ("Erzsébet
 * tér 19.", "Piroska u. 97.") and Scandinavian ("Hersnap vej 18"); compared without their dot. */
static const char *const lower_types[] = {
    "fasor",  "gata",  "gatan", "krt",  "körút", "köz",  "rakpart", "rkp",
    "sétány", "sor",   "tere",  "tér",  "u",     "utca", "út",      "útja",
    "vej",    "veien", "gate",  "gade", "vei",   "veg",  "vegen",   "all\303\251"};
static const char *const units[] = {
    "esc",       "escalera", "stiege",      "stg",   "tür",  "bloque", "bte",
    "apartment", "app",      "appartement", "apt",   "bus",  "fl",     "flat",
    "floor",     "int",      "interno",     "piso",  "pta",  "puerta", "rm",
    "room",      "scala",    "ste",         "suite", "unit", "whg",    "wohnung"};

/* Every list word in one hash table with a bit per list it is in: the scanner asks several
 * lists about each word around a capitalised run, so one probe answers them all. */
#define NSLOT 8192
static struct {
    const char *w;
    uint32_t cats, h; /* h: the word's whole hash, compared before strcmp() */
} slot[NSLOT];
static pthread_once_t slot_once = PTHREAD_ONCE_INIT;
static atomic_int slot_ready; /* set once slot_init ran: lookups skip pthread_once then */

static uint32_t hash(const char *w)
{
    uint32_t h = 0x811C9DC5u;
    for (; *w; w++)
        h = (h ^ (uint8_t)*w) * 0x01000193u;
    return h;
}

/* Per first byte, the lengths of the list words of each side that start with it. */
static uint32_t len_before[256], len_after[256];
/* A filter on the first three bytes (a NUL included) of every list word: per hash of them, the
 * categories of the words that start so. Most words asked about are in no list, or in none of
 * the categories asked for, and leave before any hashing of the whole word. */
static uint32_t pre_cats[4096];

/* pre_of() of a word's first three bytes already in x (first byte in bits 16-23, zeros after
 * the word) */
static inline unsigned pre_of_x(uint32_t x)
{
    return (x * 2654435761u) >> 20;
}

static unsigned pre_of(const char *w)
{
    uint32_t x = (uint32_t)(uint8_t)w[0] << 16;
    if (w[0])
        x |= (uint32_t)(uint8_t)w[1] << 8 | (w[1] ? (uint8_t)w[2] : 0u);
    return pre_of_x(x);
}

/* The same three bytes and the word's whole length (1-31): "the" is no title though "theol"
 * is one (names_chat13.c), which pre_cats[] cannot tell apart. nw_fold() keeps a word's length
 * (a two-byte capital folds into two bytes) and folds ASCII bytes alone. Only the titles
 * (C_HON) are filled, the one list asked of it: filling every list word cost a process's
 * first scan ~130K instructions; nw_word_may() passes the other lists unfiltered. */
static uint32_t len_cats[4096];

static inline unsigned len_of_x(uint32_t x, size_t n)
{
    return ((x | (uint32_t)n << 24) * 2654435761u) >> 20;
}

static void slot_add(const char *const *list, size_t n, uint32_t cat)
{
    for (size_t i = 0; i < n; i++) {
        size_t l = strlen(list[i]);
        uint8_t c0 = (uint8_t)list[i][0];
        if (l < 32 && (cat & (C_HON | C_SAL | C_VB | C_INTRO | C_PART | C_NEAR)))
            len_before[c0] |= 1u << l;
        if (l < 32 && (cat & (C_VA | C_BE)))
            len_after[c0] |= 1u << l;
        pre_cats[pre_of(list[i])] |= cat;
        if ((cat & C_HON) && l > 0 && l < 32) {
            uint32_t x = (uint32_t)(uint8_t)list[i][0] << 16;
            x |= (uint32_t)(uint8_t)list[i][1] << 8 | (l > 1 ? (uint8_t)list[i][2] : 0u);
            len_cats[len_of_x(x, l)] |= C_HON;
        }
        uint32_t h = hash(list[i]), k = h & (NSLOT - 1);
        while (slot[k].w && strcmp(slot[k].w, list[i]) != 0)
            k = (k + 1) & (NSLOT - 1);
        slot[k].w = list[i];
        slot[k].h = h;
        slot[k].cats |= cat;
    }
}

static void slot_init(void)
{
#define ADD(l, c) slot_add(l, sizeof l / sizeof l[0], c)
    ADD(honorifics, C_HON);
    ADD(salutations, C_SAL);
    ADD(verbs_before, C_VB);
    ADD(verbs_after, C_VA);
    ADD(terms_after, C_TERM);
    ADD(not_names, C_NOT);
    ADD(places, C_NOT | C_PLACE);
    ADD(months, C_MONTH);
    ADD(labels, C_LABEL);
    ADD(list_labels, C_LIST);
    ADD(closings, C_CLOSE);
    ADD(intros, C_INTRO);
    ADD(particles, C_PART);
    static const char *const near[] = {
        "par", "door", "por", "da",      "von",  "name", "a",   "aan", "afternoon",
        "an",  "at",   "by",  "evening", "from", "her",  "him", "me",  "morning",
        "to",  "with", "à",   "avec",    "con",  "com",  "ao",  "para"};
    static const char *const be[] = {"is", "was", "wurde"};
    ADD(near, C_NEAR);
    ADD(be, C_BE);
    ADD(en_types, C_EN);
    ADD(fr_types, C_FR);
    ADD(first_types, C_FIRST);
    ADD(units, C_UNIT);
    ADD(lower_types, C_LOWER);
    ADD(doc_words, C_DOC);
    slot_add(nw_prose_labels, nw_prose_nlabels, C_LABEL); /* names_prose.c's lists */
    slot_add(nw_prose_list_labels, nw_prose_nlist_labels, C_LIST);
    slot_add(nw_prose_verbs_after, nw_prose_nverbs_after, C_VA);
    slot_add(nw_prose_verbs_before, nw_prose_nverbs_before, C_VB);
    slot_add(nw_prose_honorifics, nw_prose_nhonorifics, C_HON);
    slot_add(nw_prose_not_names, nw_prose_nnot_names, C_NOT);
    slot_add(nw_prose_salutations, nw_prose_nsalutations, C_SAL);
    slot_add(nw_prose_words, nw_prose_nwords, C_PROSE);
    slot_add(nw_bare_not_names, nw_bare_nnot_names, C_NOT);       /* names_bare.c's */
    slot_add(nw_chat2_not_names, nw_chat2_nnot_names, C_NOT);     /* names_chat2.c's */
    slot_add(nw_ctx2_labels, nw_ctx2_nlabels, C_LABEL | C_CTX2S); /* names_context2.c's */
    /* names_docs4.c's person labels of recruiting, travel and legal forms */
    slot_add(nw_docs4_labels, nw_docs4_nlabels, C_LABEL | C_CTX2S);
    /* names_forms5.c's role labels of business and case documents */
    slot_add(nw_forms5_labels, nw_forms5_nlabels, C_LABEL | C_CTX2S);
    slot_add(nw_forms5_weak_labels, nw_forms5_nweak_labels, C_CTX2L);
    slot_add(nw_forms5_ranks, nw_forms5_nranks, C_HON);
    slot_add(nw_ctx2_list_labels, nw_ctx2_nlist_labels, C_LABEL | C_LIST | C_CTX2S);
    slot_add(nw_ctx2_weak_labels, nw_ctx2_nweak_labels, C_CTX2L);
    slot_add(nw_ctx2_honorifics, nw_ctx2_nhonorifics, C_HON);
    slot_add(nw_chat13_titles, nw_chat13_ntitles, C_HON); /* names_chat13.c's academic titles */
    slot_add(nw_ctx2_not_names, nw_ctx2_nnot_names, C_NOT);
    for (size_t k = 0; k < nw_ctx2_nfilter_lists; k++)
        slot_add(nw_ctx2_filter_lists[k], nw_ctx2_filter_sizes[k], C_CTX2);
#undef ADD
    atomic_store_explicit(&slot_ready, 1, memory_order_release);
}

static void slots(void)
{
    if (!atomic_load_explicit(&slot_ready, memory_order_acquire))
        pthread_once(&slot_once, slot_init);
}

/* The tables are ready (after the first call of a process): a front that calls nothing saves no
 * registers, so nw_may_be() and nw_could_be() call slots() only on their first call's path. */
static inline int slots_ready(void)
{
    return atomic_load_explicit(&slot_ready, memory_order_acquire) != 0;
}

static inline unsigned may_be(const uint8_t *w, size_t avail, unsigned cats)
{
    if (avail >= 3) { /* the loop below for three bytes, without its branches per byte */
        uint32_t a = w[0] | 32u, b = w[1] | 32u, c = w[2] | 32u;
        if (a - 'a' > 25)
            return w[0] >= 0x80 ? cats : 0;
        if (b - 'a' > 25)
            return w[1] >= 0x80 ? cats : pre_cats[pre_of_x(a << 16)] & cats;
        if (c - 'a' > 25)
            return w[2] >= 0x80 ? cats : pre_cats[pre_of_x(a << 16 | b << 8)] & cats;
        return pre_cats[pre_of_x(a << 16 | b << 8 | c)] & cats;
    }
    uint32_t x = 0; /* the leading ASCII letters (up to 3), lower-cased, as pre_of() takes them */
    size_t n = 0;
    for (; n < avail && n < 3; n++) {
        uint8_t c = w[n] | 32;
        if (c < 'a' || c > 'z')
            break;
        x |= (uint32_t)c << (16 - 8 * n);
    }
    if (n < avail && n < 3 && w[n] >= 0x80)
        return cats; /* folding may change it: no filter */
    if (n == 0)
        return 0;
    return pre_cats[pre_of_x(x)] & cats;
}

static __attribute__((noinline)) unsigned may_be_first(const uint8_t *w, size_t avail,
                                                       unsigned cats)
{
    slots();
    return may_be(w, avail, cats);
}

unsigned nw_may_be(const uint8_t *w, size_t avail, unsigned cats)
{
    return slots_ready() ? may_be(w, avail, cats) : may_be_first(w, avail, cats);
}

static inline int could_be(const uint8_t *w, size_t n, int after)
{
    if (n == 0 || n >= 32)
        return 0;
    uint8_t c0 = w[0] >= 'A' && w[0] <= 'Z' ? (uint8_t)(w[0] + 32) : w[0];
    if (!(((after ? len_after : len_before)[c0] >> n) & 1))
        return 0;
    char b[3]; /* the first three bytes, lower-cased, against the list words' filter */
    for (size_t k = 0; k < 3; k++) {
        uint8_t c = k < n ? w[k] : 0;
        if (c >= 0x80)
            return 1; /* folding may change it: no filter */
        b[k] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    return (pre_cats[pre_of(b)] &
            (after ? (C_VA | C_BE) : (C_HON | C_SAL | C_VB | C_INTRO | C_PART | C_NEAR))) != 0;
}

static __attribute__((noinline)) int could_be_first(const uint8_t *w, size_t n, int after)
{
    slots();
    return could_be(w, n, after);
}

int nw_could_be(const uint8_t *w, size_t n, int after)
{
    return slots_ready() ? could_be(w, n, after) : could_be_first(w, n, after);
}

unsigned nw_word_may(const uint8_t *w, size_t n, unsigned cats)
{
    if (n == 0 || n >= 32)
        return n ? cats : 0; /* folded "": no list word; a long word: no filter */
    slots();
    uint32_t x = 0; /* the first three bytes (zeros past the word) as nw_fold() leaves them */
    for (size_t k = 0; k < 3 && k < n; k++) {
        uint8_t c = w[k];
        if (c >= 0x80)
            return cats; /* folding may change it: no filter */
        x |= (uint32_t)(c >= 'A' && c <= 'Z' ? c + 32 : c) << (16 - 8 * k);
    }
    return (len_cats[len_of_x(x, n)] & cats) | (cats & ~(unsigned)C_HON);
}

int nw_audit_word_may(void)
{
    slots();
    int n = 0;
    for (size_t k = 0; k < NSLOT; k++) {
        const char *w = slot[k].w;
        if (!w)
            continue;
        size_t l = strlen(w);
        char up[64]; /* the filter takes any case: ask it of the word in capitals too */
        for (size_t i = 0; i < l && i < sizeof up; i++)
            up[i] = (char)(w[i] >= 'a' && w[i] <= 'z' ? w[i] - 32 : w[i]);
        if ((nw_word_may((const uint8_t *)w, l, slot[k].cats) != slot[k].cats) ||
            (l < sizeof up && nw_word_may((const uint8_t *)up, l, slot[k].cats) != slot[k].cats))
            return -1;
        n++;
    }
    return n;
}

int nw_prefix_may(const uint8_t *w, size_t n, unsigned cats)
{
    slots();
    if (n == 0)
        return 0; /* folded "": no list word */
    /* the first three bytes as nw_fold() leaves ASCII ones, as pre_of() reads them */
    char b[3];
    for (size_t k = 0; k < 3; k++) {
        uint8_t c = k < n ? w[k] : 0;
        if (c >= 0x80)
            return 1; /* folding may change it: no filter */
        b[k] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    return (pre_cats[pre_of(b)] & cats) != 0;
}

unsigned nw_cats(const char *w)
{
    if (!*w)
        return 0;
    slots();
    if (!pre_cats[pre_of(w)])
        return 0;
    uint32_t h = hash(w);
    for (uint32_t k = h & (NSLOT - 1); slot[k].w; k = (k + 1) & (NSLOT - 1))
        if (slot[k].h == h && strcmp(slot[k].w, w) == 0)
            return slot[k].cats;
    return 0;
}

#define CAT(fn, c)                                                                                 \
    int fn(const char *w)                                                                          \
    {                                                                                              \
        slots();                                                                                   \
        return (pre_cats[pre_of(w)] & (c)) && (nw_cats(w) & (c)) != 0;                             \
    }
CAT(nw_honorific, C_HON)
CAT(nw_salutation, C_SAL)
CAT(nw_verb_before, C_VB)
CAT(nw_verb_after, C_VA)
CAT(nw_term_after, C_TERM)
CAT(nw_not_name, C_NOT | C_MONTH)
CAT(nw_month, C_MONTH)
CAT(nw_label, C_LABEL)
CAT(nw_list_label, C_LIST)
CAT(nw_closing, C_CLOSE)
CAT(nw_prose_word, C_PROSE)
CAT(nw_intro, C_INTRO)
CAT(nw_particle, C_PART)

void nw_screen_lists(uint32_t (*screen)[256], const char *const *const *lists, int n)
{
    for (int l = 0; l < n; l++)
        for (const char *const *w = lists[l]; *w; w++) {
            size_t k = strlen(*w);
            if (k > 0 && k < 32)
                screen[l][(uint8_t)(*w)[0]] |= 1u << k;
        }
}
