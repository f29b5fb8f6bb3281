/* names_words.c: the word level of the NAMES pack: what a letter, a capitalised word and a
 * lexicon entry are, and the small fixed word lists the scanner's signals consult.
 *
 * Letters are ASCII and the two-byte UTF-8 Latin range (U+00C0 .. U+024F, accents of every pack
 * locale); case folding covers ASCII and Latin-1 only, the same folding the lexicon generator
 * (contrib/names/gen_lexicon.py) applied to its keys.
 */
#include "anonymize/names_internal.h"

#include <stdlib.h>
#include <string.h>

size_t nw_upper(const uint8_t *p, size_t avail)
{
    if (avail == 0)
        return 0;
    if (p[0] >= 'A' && p[0] <= 'Z')
        return 1;
    if (avail < 2 || (p[1] & 0xC0) != 0x80)
        return 0;
    if (p[0] == 0xC3)
        return (p[1] >= 0x80 && p[1] <= 0x9E && p[1] != 0x97) ? 2 : 0;
    unsigned cp = ((unsigned)(p[0] & 0x1F) << 6) | (p[1] & 0x3F);
    if (p[0] == 0xC4 || p[0] == 0xC5) { /* Latin Extended-A: pairs, upper first */
        if ((cp >= 0x100 && cp <= 0x137) || (cp >= 0x14A && cp <= 0x177))
            return (cp & 1) == 0 ? 2 : 0;
        if ((cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E))
            return (cp & 1) ? 2 : 0;
        return cp == 0x178 ? 2 : 0;
    }
    return 0;
}

size_t nw_letter(const uint8_t *p, size_t avail)
{
    if (avail == 0)
        return 0;
    uint8_t c = p[0];
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
        return 1;
    if (c >= 0xC3 && c <= 0xC9 && avail >= 2 && (p[1] & 0xC0) == 0x80)
        return (c == 0xC3 && (p[1] == 0x97 || p[1] == 0xB7)) ? 0 : 2; /* not × ÷ */
    return 0;
}

size_t nw_fold(const char *p, size_t n, char *out, size_t cap)
{
    const uint8_t *s = (const uint8_t *)p;
    size_t o = 0;
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

unsigned anon_names_lexicon(const char *p, size_t n)
{
    char w[64];
    size_t k = nw_fold(p, n, w, sizeof w);
    if (k == 0 || k > 40)
        return 0;
    uint32_t h = 0x811C9DC5u;
    for (size_t i = 0; i < k; i++) {
        h ^= (uint8_t)w[i];
        h *= 0x01000193u;
    }
    uint32_t mask = anon_names_nslots - 1;
    for (uint32_t s = h & mask;; s = (s + 1) & mask) {
        uint32_t off = anon_names_slots[s];
        if (!off)
            return 0;
        const uint8_t *e = anon_names_blob + off - 1;
        if (e[1] == k && memcmp(e + 2, w, k) == 0)
            return e[0];
    }
}

/* ---- word lists (lower case, sorted for bsearch) --------------------------------------------- */
static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static int in_list(const char *const *list, size_t n, const char *w)
{
    return bsearch(&w, list, n, sizeof *list, cmp_str) != NULL;
}
#define IN(list, w) in_list(list, sizeof list / sizeof list[0], w)

/* Titles before a name ("Dr. Keller", "mevr. Jansen"); compared without their dot. */
static const char *const honorifics[] = {
    "avv",      "capt",    "col",  "dhr",    "don",       "dott",      "dottoressa",   "dottssa",
    "doña",     "dr",      "dra",  "father", "frau",      "fräulein",  "gen",          "herr",
    "ing",      "lady",    "lord", "m",      "madam",     "madame",    "mademoiselle", "meneer",
    "mevr",     "mevrouw", "miss", "mlle",   "mme",       "monsieur",  "mr",           "mrs",
    "ms",       "mw",      "mx",   "prof",   "professor", "rev",       "señor",        "señora",
    "señorita", "sgt",     "sig",  "signor", "signora",   "signorina", "sir",          "sr",
    "sra",      "srta",
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
    "ask",       "asked", "assign",  "assigned", "by",     "call",    "called",  "cc",   "contact",
    "contacted", "email", "emailed", "hired",    "invite", "invited", "married", "meet", "met",
    "named",     "ping",  "pinged",  "remind",   "tell",   "thank",   "told",    "with",
};
/* Verbs and words after a person ("Maria said"). */
static const char *const verbs_after[] = {
    "added",  "agreed",    "answered", "asked",     "asks",      "called", "confirmed",
    "dijo",   "disse",     "emailed",  "explained", "fragte",    "joined", "lives",
    "meinte", "mentioned", "noted",    "replied",   "replies",   "sagte",  "said",
    "says",   "schreef",   "schrieb",  "scrisse",   "suggested", "thinks", "told",
    "was",    "works",     "writes",   "wrote",     "zei",
};
/* Words that make the capitalised words before them a term, a place or a company. */
static const char *const terms_after[] = {
    "&",          "ag",       "airport",      "algorithm", "api",        "avenue",    "bank",
    "bay",        "beach",    "bridge",       "building",  "center",     "centre",    "church",
    "city",       "co",       "college",      "company",   "conjecture", "constant",  "corp",
    "county",     "curve",    "distribution", "effect",    "equation",   "filter",    "foundation",
    "framework",  "function", "gmbh",         "group",     "hall",       "hospital",  "hypothesis",
    "inc",        "index",    "institute",    "island",    "lake",       "law",       "lemma",
    "library",    "llc",      "ltd",          "matrix",    "method",     "model",     "mountain",
    "museum",     "number",   "numbers",      "paradox",   "park",       "principle", "problem",
    "process",    "river",    "road",         "school",    "score",      "sdk",       "series",
    "space",      "square",   "station",      "street",    "test",       "theorem",   "transform",
    "university", "valley",
};
/* Capitalised words that are not people even where a lexicon lists them: products, tools,
 * languages, assistants, months, weekdays, places and words that open sentences. */
static const char *const not_names[] = {
    "ada",      "airflow", "alexa",     "alpaca",  "angular", "ansible", "apollo",  "april",
    "argo",     "artemis", "athena",    "atlas",   "august",  "aurora",  "bard",    "bert",
    "blender",  "bolt",    "cassandra", "celery",  "claude",  "consul",  "copilot", "cortana",
    "crystal",  "cursor",  "dart",      "devin",   "django",  "docker",  "elixir",  "ember",
    "envoy",    "falcon",  "flask",     "flutter", "friday",  "gemini",  "gemma",   "godot",
    "grafana",  "grok",    "haiku",     "haskell", "helm",    "hermes",  "hugo",    "ionic",
    "jasmine",  "jekyll",  "jenkins",   "jest",    "jinja",   "jira",    "julia",   "june",
    "jupyter",  "kafka",   "karma",     "kotlin",  "lambda",  "laravel", "lisbon",  "llama",
    "loki",     "lua",     "luigi",     "march",   "maven",   "may",     "maya",    "mercury",
    "mistral",  "mocha",   "monday",    "nova",    "opus",    "orion",   "pascal",  "perl",
    "phoenix",  "pulumi",  "python",    "rails",   "redis",   "ruby",    "rust",    "saturday",
    "scala",    "sinatra", "siri",      "sonnet",  "sphinx",  "sunday",  "swift",   "thursday",
    "titan",    "travis",  "tuesday",   "unity",   "vagrant", "vault",   "vue",     "wednesday",
    "zeppelin",
};
/* Months and weekdays of the pack locales (never a name when a number is next to them). */
static const char *const months[] = {
    "abril",    "agosto",    "aout",     "août",     "apr",       "april",     "aprile",
    "aug",      "august",    "augusti",  "augustus", "avril",     "dec",       "december",
    "decembre", "dezember",  "dic",      "dicembre", "diciembre", "décembre",  "ene",
    "enero",    "feb",       "febbraio", "febrero",  "februar",   "februari",  "february",
    "fevrier",  "février",   "gen",      "gennaio",  "jan",       "janeiro",   "januar",
    "januari",  "january",   "janvier",  "juillet",  "juin",      "jul",       "juli",
    "julio",    "july",      "jun",      "june",     "juni",      "junio",     "luglio",
    "maart",    "maggio",    "mai",      "mar",      "march",     "mars",      "marzo",
    "may",      "mayo",      "mei",      "mär",      "märz",      "nov",       "november",
    "novembre", "noviembre", "oct",      "october",  "octobre",   "octubre",   "oktober",
    "ott",      "ottobre",   "sep",      "sept",     "september", "septembre", "septiembre",
    "set",      "settembre",
};
/* Labels after which a line holds a person ("Patient: Maria Keller"); lower case, the words
 * before the colon joined by one space. */
static const char *const labels[] = {
    "achternaam",
    "ansprechpartner",
    "apellido",
    "apellidos",
    "applicant",
    "assigned to",
    "assignee",
    "attendee",
    "attendees",
    "attn",
    "author",
    "bcc",
    "beneficiary",
    "cc",
    "client",
    "cliente",
    "cognome",
    "contact",
    "contact person",
    "customer",
    "customer name",
    "destinataire",
    "doctor",
    "driver",
    "employee",
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
    "naam",
    "nachname",
    "name",
    "name of patient",
    "nom",
    "nombre",
    "nome",
    "owner",
    "participant",
    "participants",
    "passenger",
    "patient",
    "patient name",
    "patiënt",
    "physician",
    "prénom",
    "recipient",
    "referred by",
    "reporter",
    "reviewer",
    "sender",
    "signed",
    "student",
    "surname",
    "teilnehmer",
    "tenant",
    "to",
    "user",
    "voornaam",
    "vorname",
};
/* Labels whose value is a list of people ("Attendees: Maria, Jan and Piet"). */
static const char *const list_labels[] = {
    "attendee", "attendees", "cc", "participants", "teilnehmer", "to",
};
/* Lines that close a message: the next line is a signature. */
static const char *const closings[] = {
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
    "appelle", "chiamo", "heet",   "heisse", "heiße", "i'm",     "im",
    "is",      "llamo",  "name's", "sono",   "soy",   "this is",
};
/* Particles inside a name ("Ludwig van Beethoven", "Gabriel García de la Cruz"). */
static const char *const particles[] = {
    "al",  "bin", "da", "das", "de", "degli", "dei", "del", "della", "den", "der", "di", "do",
    "dos", "du",  "el", "ibn", "la", "le",    "ten", "ter", "van",   "von", "y",   "zu",
};

int nw_honorific(const char *w)
{
    return IN(honorifics, w);
}
int nw_salutation(const char *w)
{
    return IN(salutations, w);
}
int nw_verb_before(const char *w)
{
    return IN(verbs_before, w);
}
int nw_verb_after(const char *w)
{
    return IN(verbs_after, w);
}
int nw_term_after(const char *w)
{
    return IN(terms_after, w);
}
int nw_not_name(const char *w)
{
    return IN(not_names, w) || IN(months, w);
}
int nw_month(const char *w)
{
    return IN(months, w);
}
int nw_label(const char *w)
{
    return IN(labels, w);
}
int nw_list_label(const char *w)
{
    return IN(list_labels, w);
}
int nw_closing(const char *w)
{
    return IN(closings, w);
}
int nw_intro(const char *w)
{
    return IN(intros, w);
}
int nw_particle(const char *w)
{
    return IN(particles, w);
}

int nw_lists_sorted(void)
{
    struct {
        const char *const *l;
        size_t n;
    } all[] = {
#define L(x) {x, sizeof x / sizeof x[0]}
        L(honorifics),  L(salutations), L(verbs_before), L(verbs_after),
        L(terms_after), L(not_names),   L(months),       L(labels),
        L(list_labels), L(closings),    L(intros),       L(particles),
#undef L
    };
    for (size_t i = 0; i < sizeof all / sizeof all[0]; i++)
        for (size_t k = 1; k < all[i].n; k++)
            if (strcmp(all[i].l[k - 1], all[i].l[k]) >= 0)
                return -(int)(i * 1000 + k);
    return 1;
}
