/* names_signals.c: the context signals around a run of name-shaped words: a label before it, a
 * signature or closing around it, a verb that takes a person, an address, e-mail or birth that
 * follows, a JSON key, a block of fields, a question that asked for a name.
 *
 * Each signal reads the text around the run and answers yes or no; context() (names_verdict.c)
 * weighs them. Nothing here allocates.
 */
#include "anonymize/names_internal.h"
#include "anonymize/names_scan_internal.h"
#include "anonymize/names_h12rp.h"
#include "anonymize/names_dob17.h"
#include "anonymize/names_dob41.h"
#include "anonymize/names_precheck.h"

#include <openssl/mem.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#define MAX_RUN 6

/* label_ctx() for the label that ends at e (its ':' or '=' at e - 1) on the line that starts at
 * ls; *low is at most the lowest offset x it compared with ls ("x > ls", "b - 1 > ls": x + 1). */
static int label_in(const struct sc *s, size_t e, size_t ls, size_t *low, int *list)
{
    const uint8_t *t = s->t;
    *low = e;
    if (e <= ls)
        return 0;
    e--;
    while (e > ls && (t[e - 1] == ' ' || t[e - 1] == '*'))
        e--;
    *low = e;
    int quoted = 0;
    if (e > ls && t[e - 1] == '"') { /* a JSON key: "fullName": "X", or {\"name\": \"X\"} */
        quoted = 1;
        e--;
        if (e > ls && t[e - 1] == '\\')
            e--;
    }
    if (!quoted && e > ls && t[e - 1] == ')') { /* "Attendees (last, first): X" */
        size_t q = e - 1;
        while (q > ls && e - q < 32 && t[q - 1] != '(')
            q--;
        *low = q < *low ? q : *low;
        if (q == ls + 1 && t[ls] == '(' && e - 1 > q)
            e--; /* the label itself in brackets, opening its line: "(Attendees): X" */
        else if (q > ls && t[q - 1] == '(') {
            e = q - 1;
            while (e > ls && t[e - 1] == ' ')
                e--;
        }
    }
    size_t b = e;
    while (b > ls && e - b < 32 &&
           (!label_stop(t[b - 1]) || /* "Signed-off-by" is one label */
            (t[b - 1] == '-' && b - 1 > ls && is_alnum(t[b - 2]) && is_alnum(t[b]))))
        b--;
    *low = b < *low ? b : *low;
    while (b < e && t[b] == ' ')
        b++;
    int rc = label_text(s, b, e, quoted, list);
    if (rc || quoted || !memchr(t + b, ':', e - b))
        return rc;
    /* the second label of a line ("Nachname: Keller Vorname: Maria"): its last one to three
     * words after the first label's value */
    size_t c = e;
    while (c > b && t[c - 1] != ':')
        c--;
    if (c >= e || t[c] != ' ')
        return 0;
    for (size_t k = e - 1, words = 0; k > c + 1 && words < 3; k--)
        if (t[k] != ' ' && t[k - 1] == ' ' && (++words, (rc = label_text(s, k, e, 0, list)) != 0))
            return k > c + 2 && t[k - 2] != ' ' ? rc : 0;
    return 0;
}

/* label_in()'s label t[b .. e): 1 when it is one, 2 for a JSON key that may also name a thing */
int label_text(const struct sc *s, size_t b, size_t e, int quoted, int *list)
{
    const uint8_t *t = s->t;
    char buf[40], raw[40];
    size_t r = 0; /* "full_name" and "fullName" are "full name" */
    for (size_t k = b; k < e && r + 2 < sizeof raw; k++) {
        if (t[k] >= 'A' && t[k] <= 'Z' && k > b && t[k - 1] >= 'a' && t[k - 1] <= 'z')
            raw[r++] = ' ';
        raw[r++] = t[k] == '_' ? ' ' : (char)t[k];
    }
    size_t fl = nw_fold(raw, r, buf, sizeof buf - 1);
    buf[fl] = '\0';
    const char *l = buf;
    if (!nw_label(l))
        return 0;
    *list = nw_list_label(l);
    if (quoted) { /* "name", "owner", "user" keys also name products, packages, accounts */
        static const char *const person_keys[] = {
            "achternaam",    "apellido",     "apellidos",  "cognome",      "contact person",
            "display name",  "contact name", "assignee",   "requester",    "reporter",
            "customer name", "family name",  "first name", "full name",    "given name",
            "last name",     "nachname",     "patient",    "patient name", "prenom",
            "prénom",        "surname",      "vorname",    "voornaam"};
        if (NW_ONE_OF(l, person_keys))
            return 1;
        return 2;
    }
    return 1;
}

/* "Patient: " or "From: \"" before the run on its line: 1, or 2 for a JSON key that may also name
 * a thing ("name": "Visual Studio Code"), a weak context then.
 * The line's start is looked for in the 64 bytes before the label first: a raw JSON body's line
 * runs to the last escaped line break, up to 400 bytes back, and label_in() reads a few bytes
 * before the ':'. The whole look-up is made only when label_in() compared an offset within a
 * byte of the 64 bytes' edge, so the answer is always the one with the line's true start. */
static int label_ctx_at(const struct sc *s, size_t start, size_t e, int *list);

/* The run's marks stepped back over (at most 8 bytes): where a label's ':' or '=' would end. */
static inline size_t label_end(const uint8_t *t, size_t start)
{
    size_t e = start;
    while (e > 0 && start - e < 8 && lead_mark(t[e - 1]))
        e--;
    return e;
}

/* Most runs have no ':' or '=' before them: turned away here with no frame. */
int label_ctx(const struct sc *s, size_t start, int *list)
{
    size_t e = label_end(s->t, start);
    if (e == 0 || (s->t[e - 1] != ':' && s->t[e - 1] != '='))
        return 0;
    return label_ctx_at(s, start, e, list);
}

static __attribute__((noinline)) int label_ctx_at(const struct sc *s, size_t start, size_t e,
                                                  int *list)
{
    size_t low;
    const uint8_t *t = s->t;
    if (start < 80)
        return label_in(s, e, line_start(s, start), &low, list);
    size_t near = start - 64, ls = back_to_break(t, near, start);
    if (ls > near || break_at(t, ls))
        return label_in(s, e, ls, &low, list); /* the line starts in the 64 bytes */
    int l = 0, rc = label_in(s, e, near, &low, &l);
    if (low <= near + 1)
        return label_in(s, e, line_start(s, start), &low, list);
    if (rc)
        *list = l;
    return rc;
}

/* Does a line (or a JSON string) start at p, markup aside? Where it starts goes to *ls. */
int starts_line(const struct sc *s, size_t p, size_t *ls)
{
    size_t i = p;
    while (i > 0 && p - i < 16 && !nw_break_before(s, i) && line_mark(s->t[i - 1]))
        i--;
    *ls = i;
    if (i == 0 || nw_break_before(s, i))
        return 1;
    return s->t[i - 1] == '"' && i >= 2 && strchr(":[,", s->t[i - 2]); /* raw JSON */
}

/* The run starts a line right after a closing ("Best regards,") or a signature mark ("--"). */
int signature_ctx(const struct sc *s, size_t start)
{
    size_t ls;
    if (!starts_line(s, start, &ls) || ls == 0 || !nw_break_before(s, ls))
        return 0;
    size_t we = start; /* "-- \nTo view, visit ...": a sentence under the mark, no name */
    while (we < s->len && we - start < 12 && (s->t[we] | 32) >= 'a' && (s->t[we] | 32) <= 'z')
        we++;
    if (we > start && we - start < 12 && we + 1 < s->len && s->t[we] == ' ' &&
        s->t[we + 1] >= 'a' && s->t[we + 1] <= 'z') {
        char w[12];
        for (size_t i = start; i < we; i++)
            w[i - start] = (char)(s->t[i] | 32);
        if (anon_names_lexicon(w, we - start) & ANON_NL_COMMON_EN)
            return 0;
    }
    size_t pe = ls - nw_break_before(s, ls);
    for (int blank = 0; blank < 2; blank++) {
        size_t ps = line_start(s, pe);
        size_t a = ps, b = pe;
        for (size_t q = b; q > a; q--)
            if (s->t[q - 1] == '"') { /* raw JSON: the string starts after its quote */
                a = q;
                break;
            }
        while (a < b && strchr(" \t>*", s->t[a]))
            a++;
        while (b > a && strchr(" \t,.!:*", s->t[b - 1]))
            b--;
        if (b > a) {
            char buf[40];
            if (b - a == 2 && s->t[a] == '-' && s->t[a + 1] == '-')
                return 1;
            return b - a < 36 && nw_closing(nw_fold_span(s, a, b, buf, sizeof buf));
        }
        if (ps == 0)
            return 0;
        pe = ps - nw_break_before(s, ps);
    }
    return 0;
}

/* "ship to X", "a complaint from X", "spoke with X", "shouted at X", "directed by X", "call me
 * X": a preposition or pronoun that takes a person after a word that says so (pw the preposition,
 * pw2 the word before it). */
/* who opened, reported or changed a ticket: "Reported by X", "Signalé par X", "Gemeld door
 * X", "Reportado por X", "Segnalato da X", "Erstellt von X" */
static const char *const ticket_by[] = {
    "reported", "opened",     "raised",     "submitted", "escalated", "updated",
    "closed",   "resolved",   "assigned",   "requested", "logged",    "filed",
    "signalé",  "signalée",   "créé",       "créée",     "ouvert",    "demandé",
    "gemeld",   "aangemaakt", "geopend",    "ingediend", "reportado", "reportada",
    "creado",   "abierto",    "solicitado", "segnalato", "segnalata", "creato",
    "aperto",   "richiesto",  "erstellt",   "gemeldet",  "eröffnet",  "bearbeitet"};

/* A motion's mover and seconder in minutes ("seconded by X", "appuyé par X"), an invitation's
 * sender ("Einladung von X"; branch rosters). */
static const char *const motion_by[] = {
    "moved",       "seconded",    "proposed",  "proposé",   "proposée",  "appuyé",    "appuyée",
    "voorgesteld", "gesteund",    "propuesto", "propuesta", "secundado", "secundada", "proposto",
    "antrag",      "unterstützt", "beantragt", "einladung", "sostenuta", "sostenuto"};

int ticket_verb(const char *w)
{
    if (NW_ONE_OF(w, ticket_by) || NW_ONE_OF(w, motion_by))
        return 1;
    return 0;
}

int near_verb(const char *pw, const char *pw2)
{
    static const char *const to[] = {
        "deliver", "forward",    "forwarded", "give",      "gave",     "reply",    "send",
        "sent",    "ship",       "shipped",   "speak",     "spoke",    "talk",     "talked",
        "write",   "wrote",      "belongs",   "addressed", "refer",    "referred", "reporting",
        "reports", "introduced", "engaged",   "thanks",    "grateful", "credit",   "kudos"};
    static const char *const from[] = {
        "call",  "complaint", "email",    "e-mail",     "feedback", "letter",     "message",
        "note",  "request",   "response", "reply",      "ticket",   "complaints", "messages",
        "calls", "received",  "heard",    "invitation", "patch"};
    static const char *const at[] = {"shouted", "yelled", "smiled", "waved", "laughed",
                                     "stared",  "glared", "winked", "nodded"};
    static const char *const by[] = {
        "directed",    "written",  "produced",    "sung",        "performed",  "composed",
        "painted",     "signed",   "approved",    "reviewed",    "created",    "founded",
        "authored",    "narrated", "illustrated", "referred",    "seen",       "represented",
        "recommended", "examined", "treated",     "interviewed", "supervised", "prepared",
        "checked",     "drafted",  "witnessed",   "patch",       "work"};
    static const char *const me[] = {"call", "calls", "called", "named", "name", "call", "told"};
    static const char *const with[] = {"up",  "spoke",   "speak", "talked",  "talk",
                                       "met", "meeting", "call",  "chatted", "spoken"};
    /* branch leaks39: "j'ai parlé avec X", "hablé con X", "ho parlato con X", "falei com X" */
    static const char *const avec[] = {
        "parlé", "discuté", "déjeuné",   "rencontré",  "réunion",      "appel",  "rendez-vous",
        "hablé", "hablado", "hablar",    "reunión",    "llamada",      "cita",   "parlato",
        "parlo", "parlare", "riunione",  "chiamata",   "appuntamento", "falei",  "falado",
        "falar", "reunião", "conversei", "conversado", "conversato",   "almocei"};
    /* "demande à X", "pregúntale a X", "pergunta ao X", "liguei para X", "chiedi a X" */
    static const char *const ask_a[] = {
        "demande", "demandez",  "écris",      "écrivez",   "téléphoné", "pregúntale", "pregunta",
        "escribí", "escríbele", "pergunta",   "pergunte",  "liguei",    "ligue",      "escrevi",
        "escreva", "scrivi",    "telefonato", "telefonei", "pregunté"};
    const char *const *l;
    size_t n;
    if (strcmp(pw, "to") == 0)
        l = to, n = sizeof to / sizeof to[0];
    else if (strcmp(pw, "from") == 0)
        l = from, n = sizeof from / sizeof from[0];
    else if (strcmp(pw, "with") == 0)
        l = with, n = sizeof with / sizeof with[0];
    else if (strcmp(pw, "at") == 0)
        l = at, n = sizeof at / sizeof at[0];
    else if (strcmp(pw, "avec") == 0 || strcmp(pw, "con") == 0 || strcmp(pw, "com") == 0)
        l = avec, n = sizeof avec / sizeof avec[0];
    else if (strcmp(pw, "a") == 0 || strcmp(pw, "\303\240") == 0 || strcmp(pw, "ao") == 0 ||
             strcmp(pw, "para") == 0)
        l = ask_a, n = sizeof ask_a / sizeof ask_a[0];
    else if (strcmp(pw, "by") == 0) {
        if (ticket_verb(pw2))
            return 1;
        l = by, n = sizeof by / sizeof by[0];
    } else if ((pw[0] == 'p' || pw[0] == 'd' || pw[0] == 'v') &&
               (strcmp(pw, "par") == 0 || strcmp(pw, "door") == 0 || strcmp(pw, "por") == 0 ||
                strcmp(pw, "da") == 0 || strcmp(pw, "von") == 0))
        return ticket_verb(pw2);
    else if ((pw[0] == 'm' || pw[0] == 'h') &&
             (strcmp(pw, "me") == 0 || strcmp(pw, "him") == 0 || strcmp(pw, "her") == 0))
        l = me, n = sizeof me / sizeof me[0];
    else
        return 0;
    for (size_t k = 0; k < n; k++)
        if (strcmp(pw2, l[k]) == 0)
            return 1;
    return 0;
}

/* "forward this to X", "send it to X": near_verb() for "to" past an object pronoun (pw2) before
 * it, given the word before that (pw3) */
int near_verb_obj(const char *pw, const char *pw2, const char *pw3)
{
    if (strcmp(pw, "to") != 0 || !(strcmp(pw2, "this") == 0 || strcmp(pw2, "it") == 0 ||
                                   strcmp(pw2, "them") == 0 || strcmp(pw2, "that") == 0))
        return 0;
    return near_verb(pw, pw3);
}

/* "zugewiesen an", "assigné à", "toegewezen aan", "asignado a", "assegnato a" */
int assigned(const char *pw, const char *pw2)
{
    static const char *const w[] = {
        "zugewiesen", "assigné",    "assignée",    "toegewezen",     "asignado", "asignada",
        "assegnato",  "assegnata",  "zugeordnet",  "weitergeleitet", "attribué", "attribuée",
        "toegekend",  "reasignado", "riassegnato", "atribuído",      "atribuída"};
    if ((pw[0] != 'a' && pw[0] != '\303') ||
        (strcmp(pw, "an") != 0 && strcmp(pw, "\303\240") != 0 && strcmp(pw, "aan") != 0 &&
         strcmp(pw, "a") != 0))
        return 0;
    if (NW_ONE_OF(pw2, w))
        return 1;
    return 0;
}

/* Two words after the run that say a person spoke: "a dit", "ha detto", "heeft gezegd". */
int said_after(const struct sc *s, const char *nw, size_t we)
{
    static const char *const pairs[][2] = {
        {"a", "dit"},        {"a", "écrit"},    {"a", "répondu"},       {"a", "appelé"},
        {"ha", "detto"},     {"ha", "scritto"}, {"ha", "risposto"},     {"heeft", "gezegd"},
        {"heeft", "gebeld"}, {"hat", "gesagt"}, {"hat", "geschrieben"}, {"hat", "angerufen"},
    };
    if (strcmp(nw, "a") != 0 && strcmp(nw, "ha") != 0 && strcmp(nw, "hat") != 0 &&
        strcmp(nw, "heeft") != 0)
        return 0;
    char b[32];
    size_t we2;
    const char *n2 = NULL;
    for (size_t k = 0; k < sizeof pairs / sizeof pairs[0]; k++) {
        if (strcmp(nw, pairs[k][0]) != 0)
            continue;
        if (!n2)
            n2 = nw_word_after(s, we, &we2, b, sizeof b);
        if (strcmp(n2, pairs[k][1]) == 0)
            return 1;
    }
    return 0;
}

/* A street address right after the run and a comma: "Maria Keller, 12 Baker Street". */
int addr_follows(const struct sc *s, size_t end)
{
    if (!(s->kinds & (1u << ANON_NAMES_ADDRESS)) || end + 2 >= s->len || s->t[end] != ',' ||
        s->t[end + 1] != ' ')
        return 0;
    size_t i = end + 2;
    if (is_digit(s->t[i]))
        return nw_addr_number_first(s, i) != 0;
    if (!nw_upper(s->t + i, s->len - i))
        return 0;
    struct word w;
    nw_parse_word(s, i, &w);
    return w.shape == SH_NAME && nw_addr_word_first(s, &w) != 0;
}

/* An e-mail address in angle brackets right after the run: the run is its display name
 * ("From: Maria Keller <mk@x.de>", "On Mon, ... Maria Keller <mk@x.de> wrote:", "\"Maria
 * Keller\" <mk@x.de>", "Maria Keller (<mk@x.de>)"). */
int email_follows(const struct sc *s, size_t end)
{
    const uint8_t *t = s->t;
    size_t i = end;
    if (i < s->len && t[i] == '"')
        i++;
    if (i + 1 >= s->len || t[i] != ' ')
        return 0;
    i++;
    if (t[i] == '(')
        i++;
    if (i >= s->len || t[i] != '<')
        return 0;
    int at = 0;
    for (size_t k = i + 1; k < s->len && k - i < 96; k++) {
        if (t[k] == '>')
            return at && k > i + 3;
        if (t[k] == '@')
            at = 1;
        else if (t[k] == ' ' || t[k] == '<' || t[k] == '\n')
            return 0;
    }
    return 0;
}

/* A birth label or verb right after the run and a comma: "Anna Vogt, born 4 March 1987",
 * "Vogt, DOB: ...", "Dupont, né le ...", "Rossi, nato il ...". */
int birth_follows(const struct sc *s, size_t end)
{
    static const char *const w[] = {"born ",
                                    "b. ",
                                    "dob",
                                    "d.o.b",
                                    "date of birth",
                                    "birth",
                                    "geb. ",
                                    "geb.:",
                                    "geboren ",
                                    "geburtsdatum",
                                    "né le",
                                    "née le",
                                    "né(e)",
                                    "ddn ",
                                    "date de naissance",
                                    "nacido ",
                                    "nacida ",
                                    "fecha de nac",
                                    "f. nac",
                                    "nato ",
                                    "nata ",
                                    "nato/a",
                                    "data di nascita",
                                    "geboortedatum",
                                    "geb. datum"};
    const uint8_t *t = s->t;
    if (end + 3 >= s->len || t[end] != ',' || t[end + 1] != ' ')
        return 0;
    size_t i = end + 2;
    uint8_t c0 = t[i] | (t[i] < 0x80 ? 32 : 0); /* most words leave at their first byte */
    if (c0 != 'b' && c0 != 'd' && c0 != 'g' && c0 != 'n' && c0 != 'f')
        return 0; /* the first bytes of w[]: a word added there with another one belongs here */
    for (size_t k = 0; k < sizeof w / sizeof w[0]; k++) {
        if ((uint8_t)w[k][0] != c0)
            continue;
        size_t n = strlen(w[k]), q = 0;
        if (i + n > s->len)
            continue;
        while (q < n && (t[i + q] | (t[i + q] < 0x80 ? 32 : 0)) == (uint8_t)w[k][q])
            q++;
        if (q == n)
            return 1;
    }
    return 0;
}

/* A JSON key or an array element of several words, in JSON pasted as text: {"Anna Vogt": {...}},
 * ["Anna Vogt", "Jan de Boer"]. The run is the whole string; before its quote comes '{', '[' or
 * ',' (a member's value has ':' there). */
int json_ctx(const struct sc *s, size_t start, size_t end)
{
    const uint8_t *t = s->t;
    if (start < 2 || end >= s->len || t[end] != '"' || t[start - 1] != '"' ||
        !memchr(t + start, ' ', end - start))
        return 0;
    size_t b = start - 1;
    while (b > 0 && (t[b - 1] == ' ' || t[b - 1] == '\n' || t[b - 1] == '\t' || t[b - 1] == '\r'))
        b--;
    if (b == 0 || (t[b - 1] != '{' && t[b - 1] != '[' && t[b - 1] != ','))
        return 0;
    return plain_words(s, start, end); /* not ["Apache Kafka", "Red Hat"] */
}

/* No word of text[start .. end) is an ordinary word or a product's ("The World", "Apache
 * Kafka", "Red Hat"): what a weak context asks of a run of names it alone vouches for. */
int plain_words(const struct sc *s, size_t start, size_t end)
{
    const uint8_t *t = s->t;
    for (size_t i = start; i < end;) {
        size_t e = i;
        while (e < end && t[e] != ' ')
            e++;
        char b1[32];
        unsigned lx = anon_names_lexicon((const char *)t + i, e - i);
        if (nw_not_name(nw_fold_span(s, i, e, b1, sizeof b1)) ||
            ((lx & (ANON_NL_COMMON_EN | ANON_NL_COMMON)) && !(lx & ANON_NL_ATTESTED)))
            return 0;
        i = e + 1;
    }
    return 1;
}

/* "Cheers, Maria" ending its line or text: a closing, then the signature on the same line. */
int closing_ctx(const struct sc *s, size_t start, size_t end)
{
    const uint8_t *t = s->t;
    size_t q = start, ws;
    while (q > 0 && t[q - 1] == ' ')
        q--;
    if (q == start || q == 0 || t[q - 1] != ',')
        return 0;
    size_t j = end; /* raw JSON, one level or two: "\\n", "\\\\n", the string's end "\\\"" */
    while (j < s->len && j - end < 4 && t[j] == '\\')
        j++;
    if (!(end >= s->len || strchr("\n\r.!\"", t[end]) ||
          (j > end && j < s->len && (t[j] == 'n' || t[j] == 'r' || t[j] == '"'))))
        return 0;
    char buf[32];
    const char *pw = word_before(s, q - 1, &ws, buf, sizeof buf);
    return *pw && nw_closing(pw);
}

/* "What's your name? Maria", "her maiden name is Keller" (that one in context()), "under my
 * partner's name Maria Keller": the word "name" right before the run (pw: the word before). */
int name_asked(const struct sc *s, size_t start, const char *pw)
{
    static const char *const w[] = {"name", "surname", "names", "nombre", "nom", "naam"};
    const uint8_t *t = s->t;
    size_t q = start, ws;
    char buf[16];
    while (q > 0 && t[q - 1] == ' ')
        q--;
    int asked = q > 0 && t[q - 1] == '?';
    if (asked)
        pw = word_before(s, q - 1, &ws, buf, sizeof buf);
    else if (q == start || !*pw)
        return 0;
    int hit = 0;
    if (pw[0] == 'n' || pw[0] == 's') /* every word of w[] starts so: most pw leave here */
        for (size_t k = 0; k < sizeof w / sizeof w[0] && !hit; k++)
            hit = strcmp(pw, w[k]) == 0;
    if (!hit)
        return 0;
    if (!asked)
        word_before(s, start, &ws, buf, sizeof buf); /* where the word before starts */
    if (t[ws] >= 'A' && t[ws] <= 'Z')                /* "Name Service Switch" */
        return 0;
    if (asked)
        return 1;
    /* "my name Maria" is rare, "partner's name Maria Keller", "maiden name Keller" are not */
    static const char *const whose[] = {"first", "full", "last",  "maiden", "my",   "your",
                                        "his",   "her",  "their", "family", "given"};
    char b2[24];
    size_t ws2;
    const char *p2 = word_before(s, ws, &ws2, b2, sizeof b2);
    size_t l2 = strlen(p2);
    if (l2 > 2 && p2[l2 - 2] == '\'' && p2[l2 - 1] == 's')
        return 1;
    if (NW_ONE_OF(p2, whose))
        return 1;
    return 0;
}

/* The run is a line of its own and an address block follows it, at once or after one line (a
 * company): "Maria Keller\n12 Baker Street\nLondon". */
int block_ctx(const struct sc *s, size_t start, size_t end)
{
    const uint8_t *t = s->t;
    size_t ls;
    if (!(s->kinds & (1u << ANON_NAMES_ADDRESS)) || end >= s->len ||
        !(t[end] == '\n' || t[end] == '\r' || t[end] == ' ' || t[end] == '\\') ||
        !starts_line(s, start, &ls))
        return 0;
    /* a company line also stands before an address: a given name first, and a surname */
    size_t w1 = start;
    while (w1 < end && t[w1] != ' ')
        w1++;
    if (w1 >= end || (!(anon_names_lexicon((const char *)t + start, w1 - start) & ANON_NL_GIVEN) &&
                      !nw_doc_name_line(s, start, end)))
        return 0;
    size_t i = end;
    for (int line = 0; line < 2; line++) {
        while (i < s->len && (t[i] == ' ' || t[i] == '\t'))
            i++;
        size_t nl = 0;
        while (i < s->len) { /* line breaks, blank lines and the block's markup */
            size_t b = t[i] == '\n' || t[i] == '\r'                          ? 1
                       : (t[i] == '\\' && i + 1 < s->len && t[i + 1] == 'n') ? 2
                                                                             : 0;
            if (b) {
                nl++;
                i += b;
            } else if (nl && strchr(" \t>?*", t[i])) {
                i++;
            } else {
                break;
            }
        }
        if (!nl || nl > 2 || i >= s->len)
            return 0;
        if (is_digit(t[i]) && nw_addr_number_first(s, i))
            return 1;
        if (t[i] == 'P' && nw_addr_pobox(s, i))
            return 1;
        if (!nw_upper(t + i, s->len - i))
            return 0;
        struct word aw; /* "Via Roma 12", "Hauptstraße 22": a street named first */
        nw_parse_word(s, i, &aw);
        if (aw.shape == SH_NAME && nw_addr_word_first(s, &aw))
            return 1;
        if (line == 1)
            return 0;
        size_t k = i; /* one line in between: a company name */
        while (k < s->len && k - i < 60 && t[k] != '\n' && t[k] != '\r' && t[k] != '\\')
            k++;
        i = k;
    }
    return 0;
}

/* A lone word that opens a list of given names: "Alpatu, Maria, Kelly and Gregory". */
int list_follows(const struct sc *s, size_t end)
{
    const uint8_t *t = s->t;
    size_t i = end;
    for (int k = 0; k < 2; k++) {
        if (i + 2 >= s->len || t[i] != ',' || t[i + 1] != ' ' ||
            !nw_upper(t + i + 2, s->len - i - 2))
            return 0;
        struct word w;
        nw_parse_word(s, i + 2, &w);
        if (w.shape != SH_NAME || !(w.lex & ANON_NL_GIVEN) ||
            ((w.lex & ANON_NL_COMMON_EN) && !(w.lex & ANON_NL_ATTESTED)))
            return 0;
        i = w.e;
    }
    return 1;
}
