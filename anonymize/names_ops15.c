/* names_ops15.c: people in operational records that no other reader splits (branch ops15, from
 * the tune set gen_ops15.py).
 *
 * - a voice assistant's command (`alexa, call anna`, `"remind jonas weber to take the bins
 *   out"`, `hey google, ruf oma an`, `user: zadzwoń do zofii`): the one or two words after a
 *   calling, texting or reminding verb of the pack's languages are a contact's name, in any case,
 *   unless they are a kin word (`call mama`), a pronoun or an ordinary word the lexicon knows
 *   (`call the plumber`, `remind me`). A line is read only when a command may open it: after an
 *   opening quote, a speaker's `name:` or a wake word, with a date or time before them;
 * - the value of a role field of dispatch, ambulance, rescue, porting and damage forms (`RP:`,
 *   `CALLER:`, `Melder:`, `Requérant :`, `Infortunato:`, `Zgłaszający:`, `Besättning:` ...) in
 *   the orders such forms write it: `Surname, Given`, `SURNAME Given`, `Given Surname`, in
 *   capitals too, a title before it left out, and a crew's list of such names after ", ".
 *
 * The one thing to know: it only adds findings. A text is read line by line for commands only
 * when it names Alexa or Bixby (their byte 'x' is rare enough to screen for in one walk); Google,
 * Siri and Cortana are found by the comma after their wake word, in the scan's table of commas,
 * and only the command after that comma is read; role fields are looked for only at the
 * text's ':' (the scan's table of them), and a value needs two name words none of which is an
 * ordinary word.
 */
#include "anonymize/names_internal.h"

#include <string.h>

static int lower_ascii(uint8_t c)
{
    return c >= 'a' && c <= 'z';
}

/* Does t[i ..) open with w, its first letter in either case? The length matched, or 0. */
static size_t opens(const uint8_t *t, size_t i, size_t e, const char *w)
{
    size_t n = strlen(w);
    if (n > e - i || (t[i] | 32) != (uint8_t)w[0] || memcmp(t + i + 1, w + 1, n - 1) != 0)
        return 0;
    return n;
}

static size_t skip_spaces(const uint8_t *t, size_t i, size_t e)
{
    while (i < e && (t[i] == ' ' || t[i] == '\t'))
        i++;
    return i;
}

/* The wake words of the common assistants, each followed by ',' or a space. */
static size_t wake_word(const uint8_t *t, size_t i, size_t e)
{
    static const char *const w[] = {
        "hey google", "ok google", "okay google", "hey siri",  "hey alexa", "alexa", "siri",
        "echo",       "computer",  "hi bixby",    "hey bixby", "bixby",     NULL};
    for (size_t k = 0; w[k]; k++) {
        size_t n = opens(t, i, e, w[k]);
        if (n && i + n < e && (t[i + n] == ',' || t[i + n] == ' '))
            return skip_spaces(t, i + n + (t[i + n] == ','), e);
    }
    return i;
}

/* The verbs (with their preposition) after which a voice command names whom to call, text or
 * remind, in the pack's languages; each ends with the space before the name. */
static const char *const verbs[] = {
    /* en */
    "call ", "video call ", "ring ", "phone ", "text ", "message ", "send a message to ",
    "send a text to ", "remind ", "calling ", "facetime ", "dial ",
    /* de */
    "ruf ", "rufe ", "anrufen ", "schreib ", "schreibe ", "erinnere ", "videoanruf mit ",
    "nachricht an ",
    /* fr */
    "appelle ", "appeler ", "envoie un message à ", "envoie un sms à ", "rappelle à ",
    /* nl */
    "bel ", "stuur ", "herinner ", "app ",
    /* es */
    "llama a ", "manda un mensaje a ", "envía un mensaje a ", "recuérdale a ", "recuerda a ",
    /* it */
    "chiama ", "manda un messaggio a ", "ricorda a ", "telefona a ",
    /* pt */
    "liga para ", "ligar para ", "manda mensagem pra ", "manda mensagem para ", "lembra ",
    "lembre ",
    /* pl */
    "zadzwoń do ", "wyślij wiadomość do ", "przypomnij ", "napisz do ",
    /* sv, da */
    "ring til ", "påminn ", "skicka ett sms till ", "mind ", "send en besked til ", "sms:a ",
    /* cs */
    "zavolej ", "pošli zprávu ", "připomeň ", "napiš ",
    /* mail and messages (Cortana's, Siri's, Google's commands) */
    "email ", "e-mail ", "mail ", "schreib eine mail an ", "écris un mail à ", "envía un correo a ",
    "scrivi una mail a ", "stuur een bericht naar ", "liga ao ", "manda mensagem a ",
    "facetime mit ", "envoie un message à ",
    /* ro */
    "sună-l pe ", "sună-o pe ", "sună pe ", "trimite un mesaj lui ", "amintește-i lui ", NULL};

/* Words that follow a command verb and are no contact's name: pronouns, articles, kin and
 * places, and the words that end a name (`remind anna to`, `ruf jonas an`). */
static const char *const not_name[] = {
    "me",     "my",         "him",      "her",     "them",   "us",      "the",     "a",
    "an",     "to",         "that",     "about",   "on",     "at",      "for",     "and",
    "or",     "saying",     "i'm",      "im",      "back",   "home",    "again",   "now",
    "later",  "everyone",   "mom",      "mum",     "mama",   "mamma",   "mamá",    "mãe",
    "mamka",  "maman",      "mommy",    "dad",     "daddy",  "papa",    "papà",    "papá",
    "pappa",  "pai",        "tata",     "taťka",   "far",    "mor",     "mormor",  "farmor",
    "morfar", "farfar",     "grandma",  "grandpa", "granny", "nan",     "nana",    "oma",
    "opa",    "mamie",      "papi",     "papy",    "abuela", "abuelo",  "nonna",   "nonno",
    "vovó",   "vovô",       "avó",      "avô",     "babcia", "dziadek", "babička", "dědeček",
    "děda",   "bunica",     "bunicul",  "annem",   "babam",  "mich",    "mir",     "ihn",
    "sie",    "ihr",        "an",       "dass",    "den",    "die",     "der",     "das",
    "mein",   "meine",      "moi",      "le",      "la",     "les",     "que",     "de",
    "du",     "des",        "mij",      "hem",     "haar",   "aan",     "om",      "een",
    "het",    "dat",        "op",       "me",      "mi",     "a",       "al",      "el",
    "que",    "di",         "il",       "lo",      "che",    "mi",      "o",       "os",
    "as",     "do",         "da",       "para",    "pra",    "mnie",    "mi",      "że",
    "o",      "mig",        "dig",      "till",    "til",    "att",     "at",      "og",
    "och",    "mě",         "mi",       "že",      "pe",     "lui",     "că",      "să",
    "mobile", "work",       "office",   "police",  "doctor", "dentist", "mobil",   "arbeit",
    "büro",   "bureau",     "travail",  "kantoor", "werk",   "oficina", "trabajo", "ufficio",
    "lavoro", "escritório", "trabalho", "biuro",   "praca",  "jobbet",  "arbejde", "kancelář",
    "práce",  "birou",      "serviciu", "casa",    "maison", "thuis",   "zuhause", "pizza",
    "taxi",   "restaurant", NULL};

/* Is t[a .. b) one of the words of list (ASCII letters compared in either case)? */
static int listed(const uint8_t *t, size_t a, size_t b, const char *const *list)
{
    for (size_t k = 0; list[k]; k++) {
        size_t n = strlen(list[k]), i;
        if (n != b - a || (t[a] | 32) != (uint8_t)list[k][0])
            continue;
        for (i = 1; i < n; i++) {
            uint8_t c = t[a + i];
            if ((c >= 'A' && c <= 'Z' ? c | 32 : c) != (uint8_t)list[k][i])
                break;
        }
        if (i == n)
            return 1;
    }
    return 0;
}

/* The end of a word of letters at i (inner '-' and '\'' kept, a possessive "'s" left out), or
 * i when none opens there. */
static size_t letters(const uint8_t *t, size_t i, size_t e)
{
    size_t w = i, l;
    while (w < e) {
        if ((l = nw_letter(t + w, e - w)) != 0)
            w += l;
        else if (w > i && w + 1 < e && (t[w] == '-' || t[w] == '\'') &&
                 nw_letter(t + w + 1, e - w - 1))
            w++;
        else
            break;
    }
    if (w - i > 2 && t[w - 2] == '\'' && t[w - 1] == 's')
        w -= 2;
    return w;
}

/* Could t[a .. b) be a contact's name: two letters or more, all lower case or capitalised, no
 * listed word, and not an ordinary word the lexicon knows only as such? */
static int name_word(const struct sc *s, size_t a, size_t b)
{
    const uint8_t *t = s->t;
    if (b - a < 2 || b - a > 30 || listed(t, a, b, not_name))
        return 0;
    for (size_t i = a + nw_letter(t + a, b - a); i < b; i++)
        if (t[i] >= 'A' && t[i] <= 'Z')
            return 0;
    unsigned lx = nw_lexicon_in(t, s->len, a, b);
    return nw_lexname(lx) || !(lx & (ANON_NL_COMMON_EN | ANON_NL_COMMON));
}

static int command_at(struct sc *s, size_t i, size_t e);

/* The command on the line t[i .. e): its name, when a verb opens it, emitted. */
static int command_line(struct sc *s, size_t i, size_t e)
{
    const uint8_t *t = s->t;
    int cue = 0;
    /* a date, a time and the separators of a history's line */
    while (i < e && ((t[i] >= '0' && t[i] <= '9') || t[i] == ' ' || t[i] == '\t' || t[i] == '-' ||
                     t[i] == ':' || t[i] == '/' || t[i] == '.' || t[i] == '[' || t[i] == ']' ||
                     t[i] == 'T' || t[i] == '|' || t[i] == '>'))
        i++;
    if (i < e && t[i] == '"') {
        cue = 1;
        i++;
    } else if (i + 3 <= e && t[i] == 0xE2 && t[i + 1] == 0x80 &&
               (t[i + 2] == 0x9C || t[i + 2] == 0x9E)) {
        cue = 1; /* “ „ */
        i += 3;
    } else {
        size_t w = i;
        while (w < e && lower_ascii((uint8_t)(t[w] | 32)))
            w++;
        if (w > i && w - i <= 10 && w + 1 < e && t[w] == ':' && t[w + 1] == ' ') {
            cue = 1; /* "user: ", "assistant: " */
            i = skip_spaces(t, w + 1, e);
        }
    }
    size_t after = wake_word(t, i, e);
    cue |= after != i;
    if (!cue)
        return 0;
    return command_at(s, after, e);
}

/* The command after its wake word, from i on the line ending at e: its name, when a verb opens
 * it, emitted. */
static int command_at(struct sc *s, size_t i, size_t e)
{
    const uint8_t *t = s->t;
    size_t n = 0;
    for (size_t k = 0; verbs[k] && !n; k++)
        n = opens(t, i, e, verbs[k]);
    if (!n)
        return 0;
    size_t a = i + n, b = letters(t, a, e);
    if (b == a || !name_word(s, a, b))
        return 0;
    if (b + 1 < e && t[b] == ' ') {
        size_t c = letters(t, b + 1, e);
        if (c > b + 1 && name_word(s, b + 1, c) &&
            (c == e || t[c] == ' ' || t[c] == '"' || t[c] == ',' || t[c] == '.' || t[c] == '\'' ||
             t[c] == '?' || t[c] == '!' || t[c] == '\r'))
            b = c;
    }
    return s->emit(s->arg, ANON_NAMES_PERSON, a, b);
}

/* Does the text name Alexa or Bixby (the screen before its lines are read)? Found at their 'x',
 * a rare byte: one memchr() walk. A search for "siri", "google" or "assistant", even in a text's
 * first 64 bytes only, cost 0.8% of the rewrite benchmark (many short texts). */
static int names_assistant(const uint8_t *t, size_t len)
{
    for (const uint8_t *p = t + 3; p < t + len && (p = memchr(p, 'x', (size_t)(t + len - p))); p++)
        if (((p[-3] | 32) == 'a' && (p[-2] | 32) == 'l' && (p[-1] | 32) == 'e') ||
            ((p[-2] | 32) == 'b' && (p[-1] | 32) == 'i' && p + 2 < t + len && (p[1] | 32) == 'b' &&
             (p[2] | 32) == 'y'))
            return 1;
    return 0;
}

/* Google's, Siri's and Cortana's wake words before a comma ("hey google, call ...", "siri, text
 * ...", "cortana, email ..."): each comma the scan's table holds (names_docs4.c walked them) is
 * asked about the bytes before it, a few compares; a command is read after each one whose wake
 * word opens its line, a quoted string, a CSV cell or a list item. */
static const char *const wake_lead[] = {"hey ", "ok ",  "okay ", "oké ", "hé ", "oye ",
                                        "ehi ", "dis ", "ei ",   "hi ",  NULL};

/* Do the m bytes at p spell the lower-case word w, its first letter in either case? */
static int spells(const uint8_t *p, const char *w, size_t m)
{
    if ((p[0] | 32) != (uint8_t)w[0])
        return 0;
    for (size_t i = 1; i < m; i++)
        if (p[i] != (uint8_t)w[i])
            return 0;
    return 1;
}

static int wake_commands(struct sc *s)
{
    const uint8_t *t = s->t;
    struct nw_hits *h = nw_hits_of(s, ',');
    size_t from = 0;
    for (size_t k = 0;; k++) {
        size_t c = nw_hit_at(h, s, ',', k, from), w;
        if (c >= s->len)
            return 0;
        from = c + 1;
        /* "google", "siri", "cortana": by the byte before the comma, then the word */
        uint8_t lb = c >= 4 ? t[c - 1] : 0;
        if (lb == 'e' && c >= 6 && t[c - 2] == 'l' && spells(t + c - 6, "google", 6))
            w = c - 6;
        else if (lb == 'i' && t[c - 2] == 'r' && spells(t + c - 4, "siri", 4))
            w = c - 4;
        else if (lb == 'a' && c >= 7 && t[c - 2] == 'n' && spells(t + c - 7, "cortana", 7))
            w = c - 7;
        else
            continue;
        if (w > 0 && lower_ascii((uint8_t)(t[w - 1] | 32)))
            continue;
        for (const char *const *l = wake_lead; *l; l++) { /* "hey google", "dis siri" */
            size_t m = strlen(*l);
            if (w >= m && opens(t, w - m, w, *l) &&
                (w == m || !lower_ascii((uint8_t)(t[w - m - 1] | 32)))) {
                w -= m;
                break;
            }
        }
        /* what may stand before a command: a line's start, a quote, a cell, an item */
        uint8_t b = w > 0 ? t[w - 1] : '\n';
        if (!(b == '\n' || b == '"' || b == ',' ||
              (b == ' ' && w >= 2 && (t[w - 2] == '-' || t[w - 2] == ':' || t[w - 2] == '"'))))
            continue;
        const uint8_t *nl = memchr(t + c, '\n', s->len - c);
        int rc = command_at(s, skip_spaces(t, c + 1, nl ? (size_t)(nl - t) : s->len),
                            nl ? (size_t)(nl - t) : s->len);
        if (rc < 0)
            return rc;
    }
}

int nw_ops15_voice(struct sc *s)
{
    const uint8_t *t = s->t;
    size_t len = s->len;
    if (len < 12)
        return 0;
    if (!names_assistant(t, len))
        return wake_commands(s);
    for (size_t i = 0; i < len;) {
        const uint8_t *nl = memchr(t + i, '\n', len - i);
        size_t e = nl ? (size_t)(nl - t) : len;
        int rc = command_line(s, i, e);
        if (rc < 0)
            return rc;
        i = e + 1;
    }
    return 0;
}

/* ---- the value of a role field ---------------------------------------------------------- */

/* Role labels of dispatch (CAD), ambulance, mountain rescue, number porting and damage forms
 * whose value is a person, lower case (ASCII letters compared in either case). */
static const char *const roles[] = {
    /* en */
    "rp", "rp name", "caller", "caller name", "reporting party", "pt", "pt name", "patient",
    "patient name", "casualty", "informant", "team leader", "next of kin", "nok", "crew", "rider",
    "third party", "passenger", "account holder", "account holder name", "subscriber",
    "complainant", "witness", "driver", "victim",
    /* de */
    "melder", "anrufer", "mitteiler", "patientin", "verunfallte person", "verletzte person",
    "verletzter", "einsatzleiter", "angehörige", "angehöriger", "besatzung", "fahrer/in", "fahrer",
    "geschädigte/r", "geschädigter", "geschädigte", "anschlussinhaber", "anschlussinhaberin",
    /* fr */
    "requérant", "victime", "appelant", "chef d'opération", "équipage", "utilisateur", "tiers",
    "titulaire de la ligne", "titulaire", "personne à prévenir",
    /* nl */
    "patiënt", "bemanning", "contactpersoon", "gebruiker", "derde partij", "naam abonnee",
    /* es */
    "alertante", "paciente", "accidentado", "jefe de equipo", "dotación", "familiar de contacto",
    "usuario", "tercero", "titular de la línea",
    /* it */
    "chiamante", "paziente", "infortunato", "capo squadra", "equipaggio", "familiare", "utente",
    "terzo coinvolto", "intestatario",
    /* pt */
    "solicitante", "vítima", "tripulação", "contacto familiar", "utilizador", "terceiro",
    /* pl */
    "zgłaszający", "pacjent", "poszkodowany", "kierownik akcji", "skład zespołu",
    "osoba do kontaktu", "użytkownik", "abonent",
    /* sv, da */
    "inringare", "drabbad", "insatsledare", "besättning", "anhörig", "förare", "tredje part",
    "anmelder", "besætning", "pårørende", "fører", "skadelidte",
    /* cs */
    "volající", "pacient", "zraněný", "vedoucí zásahu", "posádka", "uživatel", "poškozený",
    "účastník", "oznamovatel",
    /* tr, ro */
    "arayan", "hasta", "sürücü", "apelant", "utilizator", "terț", NULL};

/* The roles above whose value is a list of people: a vehicle's crew. */
static const char *const crews[] = {"crew",       "besatzung",  "équipage",   "bemanning",
                                    "dotación",   "equipaggio", "tripulação", "skład zespołu",
                                    "besättning", "besætning",  "posádka",    NULL};

/* The start of the label that ends at the ':' p: back over letters, single spaces, '/' and '\''
 * to the line's start, a tab, two spaces, '|' or ';'. */
static size_t label_start(const uint8_t *t, size_t p)
{
    size_t a = p;
    while (a > 0 && p - a < 32) {
        uint8_t c = t[a - 1];
        if (c == '\n' || c == '\t' || c == '|' || c == ';' || c == '"' ||
            (c == ' ' && a >= 2 && (t[a - 2] == ' ' || t[a - 2] == '\n')))
            break;
        if (c < 0x80 && !(c >= 'a' && c <= 'z') && !(c >= 'A' && c <= 'Z') && c != ' ' &&
            c != '/' && c != '\'' && c != '-')
            return p; /* a digit or other sign: no label */
        a--;
    }
    while (a < p && t[a] == ' ')
        a++;
    return a;
}

/* Surname particles written in lower case inside a name. */
static const char *const particles[] = {"von", "van", "der", "den", "de",  "la",  "le", "da", "dos",
                                        "das", "di",  "del", "du",  "ten", "ter", "af", NULL};

/* What a form writes where it has no name (compared with the first letter in either case). */
static const char *const fillers[] = {
    "unknown", "unk", "anonymous", "anon", "same", "self", "none", "keine", "kein", "angabe",
    "unbekannt", "anonym", "selbst", "inconnu", "inconnue", "anonyme", "desconocido", "desconocida",
    "anónimo", "sconosciuto", "sconosciuta", "anonimo", "desconhecido", "anónima", "nieznany",
    "nieznana", "okänd", "ukendt", "neznámý", "neznámá", "bilinmiyor", "necunoscut", "necunoscută",
    "onbekend", "anoniem",
    /* firms and services a driver's or a rider's field may name */
    "logistik", "logistics", "logistique", "gmbh", "ag", "kg", "ltd", "llc", "inc", "sa", "sas",
    "srl", "bv", "transport", "transporte", "transports", "taxi", "kurier", "courier", "express",
    "service", "services", "group", "gruppe", "polizei", "police", "feuerwehr", NULL};

/* The end of a name word at i: a capital and letters (inner '-' and '\'' kept), an initial with
 * its dot, or a listed particle before another word; i when none. *initial: it was an initial. */
static size_t role_word(const struct sc *s, size_t i, size_t e, int *initial)
{
    const uint8_t *t = s->t;
    size_t u = i < e ? nw_upper(t + i, e - i) : 0;
    *initial = 0;
    if (!u) {
        size_t w = i;
        while (w < e && lower_ascii(t[w]))
            w++;
        return w > i && w < e && t[w] == ' ' && listed(t, i, w, particles) ? w : i;
    }
    if (i + u < e && t[i + u] == '.') {
        *initial = 1;
        return i + u + 1;
    }
    size_t w = letters(t, i, e);
    if (w - i < 2 || w - i > 40)
        return i;
    unsigned lx = nw_lexicon_in(t, s->len, i, w);
    if ((!nw_lexname(lx) && (lx & (ANON_NL_COMMON_EN | ANON_NL_COMMON))) ||
        listed(t, i, w, fillers))
        return i; /* "Male", "Self", "Keine Angabe" */
    return w;
}

/* A run of name words from i, single spaces between: its end and its count of words (an
 * initial and particles are not counted); *lead: the run opens with an initial. */
static size_t role_run(const struct sc *s, size_t i, size_t e, int *words, int *lead)
{
    size_t end = i, w = i;
    int n = 0, init;
    *lead = 0;
    for (int k = 0; k < 5; k++) {
        size_t x = role_word(s, w, e, &init);
        if (x == w)
            break;
        if (k == 0)
            *lead = init;
        if (!init && !lower_ascii(s->t[w]))
            n++;
        end = x;
        if (x >= e || s->t[x] != ' ')
            break;
        w = x + 1;
    }
    *words = n;
    return end;
}

/* Does the value end at x: the line's end, a bracket, a dash, a ';' or two spaces? */
static int value_end(const uint8_t *t, size_t x, size_t e)
{
    if (x >= e || t[x] == '\r' || t[x] == ';' || t[x] == ',' || t[x] == '"')
        return 1;
    if (t[x] != ' ')
        return 0;
    return x + 1 >= e || t[x + 1] == ' ' || t[x + 1] == '(' || t[x + 1] == '-' ||
           (t[x + 1] == 0xE2 && x + 2 < e && t[x + 2] == 0x80);
}

static const char *const titles[] = {"mme",  "m.",     "mr",  "mr.", "mrs",  "mrs.", "ms",  "ms.",
                                     "dr",   "dr.",    "hr.", "fr.", "herr", "frau", "sr.", "sra.",
                                     "sig.", "sig.ra", "p.",  "pan", "pani", NULL};

/* The value of the role field whose ':' is at p: its names emitted. */
static int role_value(struct sc *s, size_t p)
{
    const uint8_t *t = s->t;
    size_t len = s->len, a = label_start(t, p), b = p;
    while (b > a && t[b - 1] == ' ')
        b--; /* "Requérant :" */
    if (b == a || !listed(t, a, b, roles))
        return 0;
    int crew = listed(t, a, b, crews);
    const uint8_t *nl = memchr(t + p, '\n', len - p);
    size_t e = nl ? (size_t)(nl - t) : len, i = skip_spaces(t, p + 1, e);
    for (int n = 0; n < 4 && i < e; n++) {
        size_t tw = i;
        while (tw < e && t[tw] != ' ')
            tw++;
        if (tw < e && listed(t, i, tw, titles))
            i = tw + 1;
        int words, lead, w2, l2;
        size_t x = role_run(s, i, e, &words, &lead), y = x;
        if (x == i)
            return 0;
        if (words == 1 && !lead && x + 2 < e && t[x] == ',' && t[x + 1] == ' ') {
            y = role_run(s, x + 2, e, &w2, &l2); /* "Keller, Maria" */
            if (y == x + 2 || w2 < 1 || w2 > 3 || !value_end(t, y, e))
                return 0;
        } else if (words < 2 && !(lead && words == 1)) {
            return 0;
        } else if (!value_end(t, x, e)) {
            return 0;
        }
        /* "Keller, Maria": one person, one finding */
        int rc = s->emit(s->arg, ANON_NAMES_PERSON, i, y);
        if (rc < 0)
            return rc;
        /* a crew's next name: ", B. Name", ", Given Surname" (a bracket after the first); after
         * another role a firm or a place follows there ("Contactpersoon: X, Kuipers Wonen") */
        if (!crew)
            return 0;
        while (y < e && t[y] == ' ' && y + 1 < e && t[y + 1] == '(') {
            const uint8_t *c = memchr(t + y, ')', e - y);
            y = c ? (size_t)(c - t) + 1 : e;
        }
        if (y + 2 >= e || t[y] != ',' || t[y + 1] != ' ')
            return 0;
        i = y + 2;
    }
    return 0;
}

int nw_ops15_roles(struct sc *s)
{
    struct nw_hits *h = nw_hits_of(s, ':');
    size_t from = 0;
    for (size_t k = 0;; k++) {
        size_t p = nw_hit_at(h, s, ':', k, from);
        if (p >= s->len)
            return 0;
        from = p + 1;
        if (p < 2 || p + 3 >= s->len || (s->t[p + 1] != ' ' && s->t[p + 1] != '\t'))
            continue;
        int rc = role_value(s, p);
        if (rc < 0)
            return rc;
    }
}
