/* names_noisy56.c: voice-assistant commands and dictated notes (branch noisy56). A phone's
 * assistant writes what it heard in lower case without punctuation, often one short command under
 * the ask that pastes it ("hey siri text maria keller that im late", "ok google ruf henrik vogler
 * an"), and a dictated note says its punctuation as words ("dear maria keller comma thank you
 * full stop new line"). names_asr.c reads both as transcripts; here are the phrases after which
 * such a text names a person (the command, the salutation, the client line), the words that end
 * that name (the command's tail, the spoken comma), the wake words that mark a short command as
 * speech, and the test for a short command under its ask.
 * The one thing to know: the cues count only in a text nw_noisy56_voice() calls a voice text (a
 * wake word opening a line, or punctuation said as words twice): "call" and "dear" say nothing in
 * a call-centre transcript. */
#include "anonymize/names_internal.h"
#include "anonymize/names_asr.h"

#include <string.h>

/* Longer phrases first: people() takes the first that matches. */
const char *const nw_noisy56_cues[] = {
    /* en: commands */
    "remind me to call", "remind me to text", "send a message to", "send a text to", "text", "call",
    "ring", "message", "email", "facetime", "dial", "add", "birthday of", "address of",
    "message from", "number of", "herinner me eraan", "eraan", "urodziny", "ligar ao", "ligar à",
    "ligar para",
    /* en: dictation */
    "dear", "note for", "client", "customer", "patient",
    /* de */
    "schreib", "schick", "ruf", "speicher", "geburtstag von", "nachricht an", "frau", "herr",
    "kunde", "kundin", "notiz", "notiz für",
    /* fr */
    "rappelle moi d'appeler", "d'appeler", "envoie un message à", "envoie un sms à", "appelle",
    "ajoute", "écris à", "anniversaire de", "l'anniversaire de", "madame", "monsieur",
    "message pour", "client", "cliente",
    /* nl */
    "bel", "stuur", "voeg", "verjaardag van", "beste", "klant", "notitie",
    /* es */
    "envía un mensaje a", "manda un mensaje a", "llama a", "llamar a", "recuérdame llamar a",
    "añade a", "escribe a", "cumpleaños de", "estimada", "estimado", "nota para",
    /* it */
    "ricordami di chiamare", "manda un messaggio a", "scrivi a", "chiama", "aggiungi",
    "compleanno di", "gentile", "nota per",
    /* pt */
    "manda mensagem ao", "manda mensagem à", "liga para", "liga ao", "liga à", "adiciona",
    "aniversário de", "cara", "caro",
    /* pl */
    "zadzwonić do", "zadzwoń do", "napisz do", "dodaj", "szanowna pani", "szanowny panie", "klient",
    "klientka", "notatka",
    /* sv da no */
    "skicka till", "ringa", "lägg till", "ring til", "ringe til", "skriv til", "tilføj",
    "send melding til", "ringe", "legg til", "kære", "kjære", "kund", "kunde", "anteckning",
    "notat",
    /* fi cs hu tr ro el */
    "lähetä viesti", "soittamaan", "soita", "lisää", "hyvä", "asiakas", "muistiinpano", "zavolat",
    "zavolej", "napiš", "přidej", "vážená paní", "vážený pane", "zákazník", "poznámka",
    "hívjam fel", "hívd fel", "írd meg", "mentsd el", "kedves", "ügyfél", "feljegyzés", "sayın",
    "müşteri", "trimite mesaj lui", "o sun pe", "pe", "adaugă", "ziua lui", "stimată doamnă",
    "stimate domnule", "kalese ton", "kalese tin", "steile minima ston", "steile minima stin",
    "tilefono ston", "prosthese ton", "genethlia tou", "agapite", "agapiti", "pelatis", "simeiosi",
    "κάλεσε τον", "κάλεσε την", "στείλε μήνυμα στον", "στείλε μήνυμα στην", "τηλέφωνο τον",
    "πρόσθεσε τον", "γενέθλια του", "αγαπητέ", "αγαπητή", "πελάτης", "σημείωση"};
const size_t nw_noisy56_ncues = sizeof nw_noisy56_cues / sizeof nw_noisy56_cues[0];

/* Words that end a name said after a cue: the command's tail and punctuation said as a word. */
const char *const nw_noisy56_ends[] = {
    "comma",   "komma",   "virgule", "coma",    "virgola",  "vírgula",  "przecinek", "pilkku",
    "čárka",   "vessző",  "virgül",  "virgulă", "κόμμα",    "full",     "stop",      "period",
    "punkt",   "punktum", "point",   "punt",    "punto",    "ponto",    "kropka",    "piste",
    "tečka",   "pont",    "nokta",   "punct",   "teleia",   "τελεία",   "new",       "neue",
    "nieuwe",  "nueva",   "nuova",   "nova",    "nowa",     "ny",       "uusi",      "nový",
    "új",      "yeni",    "nea",     "νέα",     "that",     "saying",   "tomorrow",  "mobile",
    "tonight", "today",   "to",      "the",     "on",       "at",       "number",    "dass",
    "unter",   "an",      "eine",    "morgen",  "heute",    "que",      "qu'il",     "demain",
    "che",     "domani",  "dat",     "morgen",  "att",      "at",       "että",      "že",
    "hogy",    "că",      "oti",     "ότι",     "avrio",    "αύριο",    "aux",       "ai",
    "aos",     "a",       "à",       "do",      "til",      "i",        "ke",        "stis",
    "στις",    "back",    "later",   "again",   "tillbaka", "tilbake",  "tilbage",   "toe",
    "ist",     "mañana",  "amanhã",  "jutro",   "imorgon",  "huomenna", "zítra",     "holnap",
    "mâine"};
const size_t nw_noisy56_nends = sizeof nw_noisy56_ends / sizeof nw_noisy56_ends[0];

/* Wake words that open a command (prefix test on a line's first bytes, lower case). */
static const char *const wakes[] = {
    "hey siri ",      "hey google ",   "ok google ",     "okay google ",  "alexa ",
    "hey assistant ", "ok assistant ", "hey assistent ", "hé assistant ", "hé assistent ",
    "hej assistent ", "dis siri ",     "oye siri ",      "ehi siri ",     "ei siri ",
    "hej google ",    "hej siri ",     "hei google ",    "hei siri ",     "hé google ",
    "oké google ",    "hey cortana ",  "siri ",          "bixby ",        "hi bixby "};

static int wake_at(const uint8_t *t, size_t len)
{
    for (size_t i = 0; i < sizeof wakes / sizeof wakes[0]; i++) {
        size_t n = strlen(wakes[i]);
        if (n <= len && memcmp(t, wakes[i], n) == 0)
            return 1;
    }
    return 0;
}

/* Punctuation said as words, counted where they stand as whole words. */
static const char *const said[] = {" comma ",   " full stop", " new line",     " komma ",
                                   " punkt",    " virgule ",  " à la ligne",   " coma ",
                                   " virgola ", " vírgula ",  " przecinek ",   " pilkku ",
                                   " čárka ",   " vessző ",   " virgül ",      " virgulă ",
                                   " κόμμα ",   " punktum",   " nieuwe regel", " a capo"};

/* A wake word at a word's start in t[0 .. lim) ("... late hey siri call ..."). */
static int wake_in(const uint8_t *t, size_t lim)
{
    if (wake_at(t, lim))
        return 1;
    for (size_t i = 0; i < sizeof wakes / sizeof wakes[0]; i++) {
        size_t k = strlen(wakes[i]);
        for (const uint8_t *p = t + 1; (p = memmem(p, lim - (size_t)(p - t), wakes[i], k)); p += k)
            if (p[-1] == ' ' || p[-1] == '\n')
                return 1;
    }
    return 0;
}

int nw_noisy56_voice(const uint8_t *t, size_t len)
{
    size_t lim = len < 4096 ? len : 4096, n = 0;
    if (wake_in(t, lim))
        return 1;
    for (size_t i = 0; i < sizeof said / sizeof said[0] && n < 2; i++) {
        size_t k = strlen(said[i]);
        for (const uint8_t *p = t; n < 2 && (p = memmem(p, lim - (size_t)(p - t), said[i], k));
             p += k)
            n++;
    }
    return n >= 2;
}

/* Does a cue open t (or its second word: "o aniversário de", "el cumpleaños de")? */
static int cue_opens(const uint8_t *t, size_t len)
{
    for (int w = 0; w < 2; w++) {
        for (size_t i = 0; i < nw_noisy56_ncues; i++) {
            size_t k = strlen(nw_noisy56_cues[i]);
            if (k < len && t[k] == ' ' && memcmp(t, nw_noisy56_cues[i], k) == 0)
                return 1;
        }
        const uint8_t *sp = memchr(t, ' ', len < 4 ? len : 4); /* an article */
        static const char *const art[] = {"o", "a", "el", "la", "il", "le", "de", "the", "het"};
        int is_art = 0;
        for (size_t i = 0; sp && i < sizeof art / sizeof art[0]; i++)
            is_art |= strlen(art[i]) == (size_t)(sp - t) && !memcmp(t, art[i], (size_t)(sp - t));
        if (!is_art)
            return 0;
        len -= (size_t)(sp - t) + 1;
        t = sp + 1;
    }
    return 0;
}

/* A voice text under the ask that opens the text ("Summarise this:\n\nhey siri ...", "Clean
 * up this note: ok google ..."): where it starts, or 0. The ask ends at its first ':' before a
 * space or a line break; what follows holds a wake word or punctuation said as words, and has
 * no capital letter and no sentence punctuation (an ordinary text has them). */
size_t nw_noisy56_ask_end(const uint8_t *t, size_t len)
{
    if (len < 24)
        return 0;
    const uint8_t *c = memchr(t, ':', len < 320 ? len : 320);
    if (!c || (size_t)(c - t) < 12 || (size_t)(c - t) + 1 >= len)
        return 0;
    size_t p = (size_t)(c - t) + 1;
    if (t[p] != ' ' && t[p] != '\n' && t[p] != '\r')
        return 0;
    while (p < len && (t[p] == '\n' || t[p] == '\r' || t[p] == ' '))
        p++;
    if (len - p < 12)
        return 0;
    for (size_t i = p; i < len; i++)
        if ((t[i] >= 'A' && t[i] <= 'Z') ||
            ((t[i] == '.' || t[i] == '?' || t[i] == '!') && (i + 1 == len || t[i + 1] == ' ') &&
             !(t[i - 1] >= '0' && t[i - 1] <= '9')))
            return 0; /* sentence punctuation, not "26. april" */
    return nw_noisy56_voice(t + p, len - p) || cue_opens(t + p, len - p) ? p : 0;
}

/* The names after which a command follows ("hey siri maria keller har bursdag"). */
int nw_noisy56_wake_tail(const char *f)
{
    return !strcmp(f, "siri") || !strcmp(f, "google") || !strcmp(f, "alexa") ||
           !strcmp(f, "assistant") || !strcmp(f, "assistent");
}

/* What may stand right before a name that its command follows: a wake word's name, or the day
 * ("erinnere mich morgen anna keller anzurufen", "yarın elif aydın aramamı hatırlat"). */
int nw_noisy56_post_lead(const char *f)
{
    return nw_noisy56_wake_tail(f) || !strcmp(f, "morgen") || !strcmp(f, "yarın") ||
           !strcmp(f, "holnap") || !strcmp(f, "avrio");
}

/* Commands said after the name ("{name} har bursdag", "{name} kişilere ekle"). */
const char *const nw_noisy56_post[] = {
    "har bursdag",   "har fødselsdag", "fyller år",        "syntymäpäivä", "mesaj gönder",
    "kişilere ekle", "doğum günü",     "aramamı hatırlat", "ara",          "má narozeniny",
    "születésnapja", "ma urodziny",    "toevoegen",        "anrufen",      "anzurufen"};
const size_t nw_noisy56_npost = sizeof nw_noisy56_post / sizeof nw_noisy56_post[0];

/* A PERSON finding that is an assistant addressed ("hey google", "siri set a timer") or
 * punctuation said as a word ("komma"): p[a .. e) in lower case. */
static const char *const not_people[] = {"google", "siri",   "assistant", "assistent", "cortana",
                                         "bixby",  "komma",  "virgule",   "virgül",    "virgola",
                                         "coma",   "pilkku", "punktum",   "przecinek"};

int nw_noisy56_not_person(const uint8_t *p, size_t a, size_t e)
{
    size_t w = a;
    while (w < e && p[w] != ' ')
        w++;
    for (size_t i = 0; i < sizeof not_people / sizeof not_people[0]; i++) {
        size_t k = strlen(not_people[i]);
        if (k == w - a && memcmp(p + a, not_people[i], k) == 0)
            return 1;
    }
    /* "alexa" only right after a wake head: "hey alexa", "ok alexa" */
    return w - a == 5 && memcmp(p + a, "alexa", 5) == 0 && a >= 3 &&
           (!memcmp(p + a - 3, "ey ", 3) || !memcmp(p + a - 3, "ok ", 3));
}
