/* names_famous.c: famous people named as the topic of a text are not a user's personal data
 * (branch famous, issue 15). A prompt about Marie Curie or García Márquez is about a public
 * figure: masking the name hides from the model what the prompt is about and protects nobody.
 *
 * Two signals, one policy. The gazetteer (anonymize/data/famous.txt, a few thousand well-known
 * people and the short forms people use alone, compiled into famous_table.h at build time) and
 * a topic cue before an unknown name ("a biography of X", "ein Gedicht von X", "las obras de X")
 * or a lifespan after it ("X (1879-1955)") each say the run may be a public figure. A personal
 * cue always wins, so that a namesake the user deals with is still masked: a title or greeting
 * before it ("Dear Ms Angela Merkel"), a relation or role word ("my colleague", "mein Nachbar",
 * "mi jefe"), a verb of dealing with someone ("call", "met with"), a form label or a JSON key
 * ("Patient:", "\"name\":"), a CSV cell, a line of its own (a signature), an e-mail address of
 * the text whose local part holds the surname, or the strong context names.c found.
 */
#include "anonymize/names_famous_fold.h"
#include "anonymize/names_internal.h"
#include "anonymize/famous_table.h"

#include <stdlib.h>
#include <string.h>

/* Is the folded k a gazetteer key? Its slot by famous_hash() and the slots after it up to an
 * empty one hold every key of that hash (gen_famous_table.c; the table is at most a third
 * full): the answer of a binary search over the sorted keys, at about one string compare. */
static int in_table(const char *k)
{
    for (uint32_t i = famous_hash(k) & (FAMOUS_SLOTS - 1);; i = (i + 1) & (FAMOUS_SLOTS - 1)) {
        unsigned j = famous_slot[i];
        if (!j)
            return 0;
        const char *e = famous_table[j - 1];
        if (e[0] == k[0] && strcmp(e, k) == 0)
            return 1;
    }
}

int nw_famous_key(const char *k)
{
    return in_table(k);
}

/* Every part of a folded run joined by "and", "y", "und", "et", "e", "en", "&" is a gazetteer
 * name ("Frida Kahlo y Diego Rivera" read as one run). */
static int all_parts_known(const char *f)
{
    static const char *const joins[] = {" and ", " y ", " und ", " et ", " e ", " en ", " & "};
    const char *sp = strchr(f, ' ');
    if (!sp || !strchr(sp + 1, ' '))
        return 0; /* every join holds two spaces: most runs ("john smith") have one at most */
    for (size_t k = 0; k < sizeof joins / sizeof joins[0]; k++) {
        const char *j = strstr(f, joins[k]);
        if (!j)
            continue;
        char left[64];
        size_t n = (size_t)(j - f);
        if (n >= sizeof left)
            return 0;
        memcpy(left, f, n);
        left[n] = '\0';
        const char *right = j + strlen(joins[k]);
        return in_table(left) && (in_table(right) || all_parts_known(right));
    }
    return 0;
}

/* text[a .. e) is a gazetteer name; the folded run in buf either way. Also a name with its
 * regnal number after the run ("Louis XIV"), parts joined by a conjunction, and a run whose
 * first word is not part of the name it opens ("Summarise Martin Luther King": a full name of
 * two words or more after it). */
static int famous_known(const struct sc *s, size_t a, size_t e, char *buf, size_t cap)
{
    if (e - a >= cap || !famous_fold(s->t + a, e - a, buf, cap))
        return 0;
    if (in_table(buf) || all_parts_known(buf))
        return 1;
    const uint8_t *t = s->t;
    size_t j = e + 1, n = strlen(buf);
    while (j < s->len && j - e < 6 && (t[j] == 'I' || t[j] == 'V' || t[j] == 'X'))
        j++;
    if (e < s->len && t[e] == ' ' && j > e + 1 && (j == s->len || !is_alnum(t[j])) &&
        n + (j - e) < cap) {
        char r[64];
        memcpy(r, buf, n);
        r[n] = ' ';
        famous_fold(t + e + 1, j - e - 1, r + n + 1, sizeof r - n - 1);
        if (in_table(r))
            return 1;
    }
    const char *sp = strchr(buf, ' ');
    return sp && strchr(sp + 1, ' ') && in_table(sp + 1);
}

/* Titles that belong to the public name rather than address a person ("Queen Elizabeth",
 * "Pope Francis", "Sir Isaac Newton", "Saint Augustine"). */
static int noble_title(const char *w)
{
    static const char *const titles[] = {
        "sir",        "dame",     "lord",     "lady",       "queen",      "king",      "pope",
        "saint",      "st",       "st.",      "san",        "santa",      "são",       "sankt",
        "prince",     "princess", "emperor",  "empress",    "tsar",       "kaiser",    "kaiserin",
        "könig",      "königin",  "papst",    "prinz",      "prinzessin", "roi",       "reine",
        "pape",       "rey",      "reina",    "papa",       "re",         "regina",    "rei",
        "rainha",     "koning",   "koningin", "paus",       "president",  "präsident", "président",
        "presidente", "general",  "admiral",  "chancellor", "kanzler",    "kanzlerin"};
    return NW_ONE_OF(w, titles);
}

/* A word before a run that says the person is someone the writer deals with: kin, a role
 * towards the writer, a possessive. */
static int relation_word(const char *w)
{
    static const char *const rel[] = {
        "my",         "our",          "your",          "colleague",   "coworker",
        "co-worker",  "boss",         "manager",       "neighbour",   "neighbor",
        "friend",     "son",          "daughter",      "wife",        "husband",
        "partner",    "brother",      "sister",        "mom",         "mum",
        "dad",        "uncle",        "aunt",          "cousin",      "nephew",
        "niece",      "grandson",     "granddaughter", "grandma",     "grandpa",
        "client",     "customer",     "patient",       "tenant",      "landlord",
        "teacher",    "student",      "pupil",         "classmate",   "roommate",
        "flatmate",   "employee",     "assistant",     "lawyer",      "dentist",
        "therapist",  "supervisor",   "teammate",      "fiancé",      "fiancée",
        "girlfriend", "boyfriend",    "kid",           "stepson",     "stepdaughter",
        "mein",       "meine",        "meinem",        "meinen",      "meiner",
        "unser",      "unsere",       "unserem",       "unseren",     "kollege",
        "kollegin",   "chef",         "chefin",        "nachbar",     "nachbarin",
        "freund",     "freundin",     "sohn",          "tochter",     "bruder",
        "schwester",  "onkel",        "tante",         "neffe",       "nichte",
        "enkel",      "enkelin",      "kunde",         "kundin",      "patientin",
        "mieter",     "mieterin",     "vermieter",     "vermieterin", "lehrer",
        "lehrerin",   "schüler",      "schülerin",     "mitarbeiter", "mitarbeiterin",
        "anwalt",     "anwältin",     "mon",           "ma",          "mes",
        "notre",      "nos",          "collègue",      "patron",      "patronne",
        "voisin",     "voisine",      "ami",           "amie",        "fils",
        "fille",      "mari",         "frère",         "sœur",        "soeur",
        "oncle",      "neveu",        "nièce",         "cliente",     "patiente",
        "locataire",  "propriétaire", "élève",         "avocat",      "avocate",
        "mijn",       "onze",         "collega",       "baas",        "buurman",
        "buurvrouw",  "vriend",       "vriendin",      "zoon",        "dochter",
        "broer",      "zus",          "oom",           "neef",        "nicht",
        "klant",      "patiënt",      "huurder",       "verhuurder",  "leerling",
        "mi",         "mis",          "nuestro",       "nuestra",     "colega",
        "jefe",       "jefa",         "vecino",        "vecina",      "amigo",
        "amiga",      "hijo",         "hija",          "esposa",      "esposo",
        "marido",     "hermano",      "hermana",       "tío",         "tía",
        "primo",      "prima",        "sobrino",       "sobrina",     "nieto",
        "nieta",      "paciente",     "inquilino",     "inquilina",   "casero",
        "casera",     "alumno",       "alumna",        "abogado",     "abogada",
        "mio",        "mia",          "nostro",        "nostra",      "capo",
        "vicino",     "vicina",       "amico",         "amica",       "figlio",
        "figlia",     "moglie",       "fratello",      "sorella",     "zio",
        "zia",        "cugino",       "cugina",        "nipote",      "paziente",
        "alunno",     "avvocato",     "meu",           "minha",       "nosso",
        "nossa",      "chefe",        "vizinho",       "vizinha",     "filho",
        "filha",      "irmão",        "irmã",          "tio",         "tia",
        "sobrinho",   "neto",         "neta",          "senhorio",    "senhoria",
        "aluno",      "aluna",        "advogado",      "advogada"};
    return NW_ONE_OF(w, rel);
}

/* A verb that takes a person the writer deals with, right before the run ("call X", "ruf X
 * an", "llama a X": the "a" is skipped by the caller). */
static int dealing_verb(const char *w)
{
    static const char *const verbs[] = {
        "call",    "called",   "phone",    "phoned",    "ring",      "rang",      "email",
        "emailed", "e-mail",   "text",     "texted",    "message",   "messaged",  "meet",
        "invite",  "invited",  "remind",   "reminded",  "contact",   "contacted", "cc",
        "ping",    "pinged",   "thank",    "thanks",    "thx",       "asked",     "tell",
        "told",    "visit",    "visited",  "pay",       "paid",      "hire",      "hired",
        "ruf",     "rufe",     "frag",     "frage",     "triff",     "treffe",    "kontaktiere",
        "appelle", "appeler",  "contacte", "contacter", "rencontré", "llama",     "llamar",
        "llamé",   "contacta", "chiama",   "chiamare",  "contatta",  "liga",      "ligar",
        "liguei",  "bel",      "mail",     "mailen",    "bellen"};
    return NW_ONE_OF(w, verbs);
}

/* A word of thanks or a closing before ", X": the writer's or the reader's name. */
static int closing_word(const char *w)
{
    static const char *const c[] = {
        "thanks",  "thank",   "thx",      "cheers",   "regards", "best",  "love",
        "gracias", "saludos", "danke",    "grüße",    "gruß",    "merci", "cordialement",
        "grazie",  "saluti",  "obrigado", "obrigada", "bedankt", "dank",  "groeten",
        "abraços", "beijos",  "besos",    "bisous",   "ciao",    "hola",  "hallo",
        "bonjour", "olá",     "hoi",      "hey",      "hi",      "hello", "dear"};
    return NW_ONE_OF(w, c);
}

/* A noun before "with", "mit", "avec", "con", "com", "met": a meeting with someone. */
static int meeting_word(const char *w)
{
    static const char *const m[] = {
        "meeting",   "call",         "lunch",       "dinner",   "met",     "spoke",
        "talked",    "chat",         "appointment", "termin",   "treffen", "gespräch",
        "telefonat", "rendez-vous",  "réunion",     "déjeuner", "reunión", "cita",
        "riunione",  "appuntamento", "reunião",     "afspraak", "gesprek", "vergadering"};
    return NW_ONE_OF(w, m);
}

/* Labels and keys whose value is a topic, not a party ("Answer: Marie Curie", "Author:",
 * "\"composer\":"). */
static int topic_label(const char *w)
{
    static const char *const l[] = {
        "answer", "antwort", "réponse", "antwoord", "respuesta", "risposta", "resposta", "topic",
        "subject", "thema", "sujet", "onderwerp", "tema", "assunto", "author", "autor", "auteur",
        "autore", "artist", "artiste", "artista", "composer", "komponist", "compositeur",
        "componist", "compositor", "compositore", "painter", "maler", "peintre", "schilder",
        "pintor", "pittore", "writer", "poet", "dichter", "poète", "poeta", "quote", "zitat",
        "citation", "title", "titel", "titre", "título", "titolo", "hint", "tipp", "indice",
        "pista", "solution", "lösung", "solución", "soluzione", "solução", "q", "a", "question",
        "frage", "pregunta", "domanda", "pergunta", "vraag", "inventor", "scientist", "figure",
        "person", "persona", "personnage", "personnalité", "persönlichkeit", "personaggio",
        "personagem", "example", "beispiel",
        /* keys of free text ("\"content\": \"Marie Curie discovered ...\"") */
        "content", "text", "query", "input", "description", "summary", "caption", "body",
        /* headings of a task or a lesson before its topic ("Trivia: X", "Aufgabe: X") */
        "trivia", "quiz", "lesson", "fact", "facts", "prompt", "task", "assignment", "exercise",
        "homework", "aufgabe", "hausaufgabe", "übung", "unterrichtsentwurf", "devoir", "exercice",
        "leçon", "tarea", "ejercicio", "lección", "compito", "esercizio", "lezione", "tarefa",
        "exercício", "lição", "opdracht", "huiswerk", "oefening", "les",
        /* a programme's music and its topics ("Entrance music: X – Your Song", "Musik zum
         * Eingang: X, Air", "First dance: X", "Themen: X") */
        "music", "musik", "muziek", "musique", "música", "musica", "hymn", "anthem", "dance",
        "song", "lied", "chanson", "canción", "canzone", "canção", "cântico", "canto", "eingang",
        "ingresso", "themen", "topics", "thèmes", "temas", "temi", "onderwerpen",
        /* a letter to the editor's heading before the public figure it is about */
        "leserbrief", "letters", "ingezonden", "lettere", "lecteurs", "læserbrev", "insändare"};
    return NW_ONE_OF(w, l);
}

/* The line of p: its start and end. */
static void line_of(const struct sc *s, size_t p, size_t *ls, size_t *le)
{
    size_t a = p, e = p;
    while (a > 0 && s->t[a - 1] != '\n')
        a--;
    while (e < s->len && s->t[e] != '\n' && s->t[e] != '\r')
        e++;
    *ls = a;
    *le = e;
}

/* A label, key or cell around the run: "Patient: X", "\"name\": \"X\"", "X,x@y.z,+44...", X alone
 * on a line that is not the first (a signature, a list of people). */
static int record_cue(const struct sc *s, size_t a, size_t e)
{
    const uint8_t *t = s->t;
    size_t ls, le, i = a;
    line_of(s, a, &ls, &le);
    if (i > ls && (t[i - 1] == '"' || t[i - 1] == '\''))
        i--; /* a quoted value */
    while (i > ls && (t[i - 1] == ' ' || t[i - 1] == '\t'))
        i--;
    if (i > ls && (t[i - 1] == ':' || t[i - 1] == '=')) {
        size_t k = i - 1;
        if (k > ls && (t[k - 1] == '"' || t[k - 1] == '\''))
            k--; /* "name": */
        char b[32];
        size_t ws, words = 1;
        const char *w = nw_prev_word(s, k, &ws, b, sizeof b);
        /* a form's label is a few words without digits, from its line's start or a record's
         * separator: not "Lesson plan, week 4:" or "Quiz question 7:", a heading before prose */
        size_t h = ws;
        while (h > ls && !strchr("{\"\t,;|.", t[h - 1]))
            h--;
        while (h < ws && t[h] == ' ')
            h++;
        for (size_t p = h; p < k; p++) {
            if (is_digit(t[p]))
                return 0;
            words += t[p] == ' ';
        }
        return words <= 3 && !topic_label(w);
    }
    /* a cell between separators on a line that has two of them or more */
    static const char seps[] = {',', ';', '\t', '|'};
    for (size_t k = 0; k < sizeof seps; k++) {
        char c = seps[k];
        int before = i == ls || t[i - 1] == (uint8_t)c;
        size_t j = e;
        while (j < le && (t[j] == ' ' || t[j] == '"'))
            j++;
        int after = j == le || t[j] == (uint8_t)c;
        if (!before || !after || (i == ls && j == le))
            continue;
        size_t count = 0;
        for (size_t p = ls; p < le; p++)
            count += t[p] == (uint8_t)c;
        if (count >= 2)
            return 1;
    }
    size_t j = e;
    while (j < le && (t[j] == ' ' || t[j] == ','))
        j++;
    return i == ls && j == le && ls > 0; /* alone on a line after another line */
}

/* An e-mail address in the text whose local part holds the run's last word ("angela.merkel@",
 * "amerkel@"): the run is the person writing or written to. */
static int mail_cue(const struct sc *s, const char *folded)
{
    const char *last = strrchr(folded, ' ');
    last = last ? last + 1 : folded;
    size_t ln = strlen(last);
    if (ln < 3)
        return 0;
    const uint8_t *t = s->t, *at = t;
    for (int n = 0; n < 64 && (at = memchr(at, '@', s->len - (size_t)(at - t))) != NULL; n++) {
        size_t p = (size_t)(at - t), q = p;
        while (q > 0 && p - q < 64 &&
               (is_alnum(t[q - 1]) || t[q - 1] == '.' || t[q - 1] == '_' || t[q - 1] == '-' ||
                t[q - 1] >= 0x80))
            q--;
        char local[72];
        if (p > q && famous_fold(t + q, p - q, local, sizeof local) && strstr(local, last))
            return 1;
        at++;
    }
    return 0;
}

/* The strong context names.c found is no personal cue when it came from a heading's colon
 * ("Trivia: X", "Unterrichtsentwurf Klasse 9: X"; record_cue() reads labels itself) or from a
 * suffix after the run ("Queen Elizabeth II", "Martin Luther King Jr."). */
static int heading_or_suffix(const struct sc *s, size_t a)
{
    const uint8_t *t = s->t;
    size_t i = a;
    while (i > 0 && (t[i - 1] == ' ' || t[i - 1] == '\t'))
        i--;
    if (i > 0 && t[i - 1] == ':')
        return 1;
    return s->suffix; /* "Martin Luther King Jr.", "Elizabeth II": part of the public name */
}

/* The writer introducing themself right before the run: "I am", "I'm", "ich bin", "je suis",
 * "ik ben", "soy", "sono", "sou" (names.c reads "my name is" and its kin as strong). */
static int self_intro(const char *p1, const char *p2)
{
    static const char *const one[] = {"i'm", "i\342\200\231m", "soy", "sono", "sou"};
    if (NW_ONE_OF(p1, one))
        return 1;
    return (strcmp(p1, "am") == 0 && strcmp(p2, "i") == 0) ||
           (strcmp(p1, "bin") == 0 && strcmp(p2, "ich") == 0) ||
           (strcmp(p1, "suis") == 0 && strcmp(p2, "je") == 0) ||
           (strcmp(p1, "ben") == 0 && strcmp(p2, "ik") == 0);
}

/* Whether the words around the run say it is a person the writer deals with. */
static int personal_cue(const struct sc *s, size_t a, size_t e, const char *folded)
{
    /* after a colon record_cue() reads the label itself: a heading's is none */
    int head = heading_or_suffix(s, a);
    if ((s->ctx == CTX_STRONG && !head) || (!head && nw_ctx2_ctx(s, a, e)))
        return 1;
    char b1[32], b2[32];
    size_t w1, w2;
    const char *p1 = nw_prev_word(s, a, &w1, b1, sizeof b1);
    const char *p2 = *p1 ? nw_prev_word(s, w1, &w2, b2, sizeof b2) : "";
    if (*p1 && !noble_title(p1) &&
        (nw_honorific(p1) || nw_salutation(p1) || relation_word(p1) || dealing_verb(p1)))
        return 1;
    if (self_intro(p1, p2))
        return 1; /* "Hi, I am Victor Hugo and I need help": the writer, not the topic */
    if (*p1 && relation_word(p2) && !strchr(p1, '.'))
        return 1; /* "my son X", "mi jefe X" read above; "my dear X", "o meu colega X" here */
    if ((strcmp(p1, "a") == 0 || strcmp(p1, "ao") == 0 || strcmp(p1, "à") == 0) && dealing_verb(p2))
        return 1; /* "llama a X", "liga ao X" */
    if ((strcmp(p1, "with") == 0 || strcmp(p1, "mit") == 0 || strcmp(p1, "avec") == 0 ||
         strcmp(p1, "con") == 0 || strcmp(p1, "com") == 0 || strcmp(p1, "met") == 0) &&
        meeting_word(p2))
        return 1;
    if (e < s->len && s->t[e] == ':')
        return 1; /* a speaker ("Miro: nos vemos"), a sender */
    if (e + 2 < s->len && (s->t[e] == ',' || (s->t[e] == ' ' && s->t[e + 1] == '('))) {
        size_t we; /* the relation after it: "Angela Merkel (my neighbour)", "X, our tenant" */
        const char *nw = nw_word_after(s, e + (s->t[e] == ',' ? 1 : 2), &we, b2, sizeof b2);
        static const char *const possessive[] = {
            "my",  "our",   "your",   "mein",   "meine", "unser", "unsere", "mon",     "ma",
            "mes", "notre", "nos",    "mijn",   "onze",  "mi",    "mis",    "nuestro", "nuestra",
            "mio", "mia",   "nostro", "nostra", "meu",   "minha", "nosso",  "nossa"};
        static const char *const article[] = {"il", "la", "lo", "le", "o", "a", "el"};
        if (NW_ONE_OF(nw, article)) /* "(il mio vicino)", "(o meu vizinho)" */
            nw = nw_word_after(s, we, &we, b2, sizeof b2);
        int poss = NW_ONE_OF(nw, possessive);
        if (*nw && !poss && relation_word(nw))
            return 1;
        if (poss && relation_word(nw_word_after(s, we, &we, b1, sizeof b1)))
            return 1; /* not "(my hero)" */
    }
    size_t i = a;
    while (i > 0 && s->t[i - 1] == ' ')
        i--;
    if (i > 0 && s->t[i - 1] == ',') { /* "Gracias, Miro", "Hi all, Anna" */
        p1 = nw_prev_word(s, i - 1, &w1, b1, sizeof b1);
        if (*p1 && (nw_salutation(p1) || closing_word(p1)))
            return 1;
    }
    return record_cue(s, a, e) || mail_cue(s, folded);
}

/* "a biography of X", "ein Gedicht von X", "las obras de X", "un poème de X": a topic noun and
 * its preposition right before an unknown name. */
static int topic_phrase_before(const struct sc *s, size_t a)
{
    static const char *const about[] = {"of",    "about", "on",  "über", "von",  "sur",  "de", "du",
                                        "sobre", "di",    "su",  "van",  "over", "da",   "do", "by",
                                        "door",  "por",   "par", "des",  "del",  "della"};
    static const char *const nouns[] = {
        "biography", "biographie", "biografie", "biografía", "biografia", "essay", "poem", "poems",
        "symphony", "sonata", "theory", "theories", "quote", "quotes", "speech", "speeches",
        "novel", "novels", "works", "philosophy", "teachings", "discoveries", "inventions",
        "legacy", "gedicht", "gedichte", "sinfonie", "theorie", "zitat", "zitate", "werke",
        "romane", "poème", "poèmes", "symphonie", "théorie", "citation", "citations", "discours",
        "œuvres", "oeuvres", "romans", "toespraak", "citaat", "citaten", "gedichten", "werken",
        "poema", "poemas", "sinfonía", "teoría", "citas", "discurso", "obras", "novela", "novelas",
        "ensayo", "poesie", "poesia", "sinfonia", "teoria", "citazione", "citazioni", "discorso",
        "opere", "romanzo", "romanzi", "saggio", "citação", "citações", "ensaio", "sonnet",
        "sonnets", "sonetos", "sonetti", "aphorisms", "memoirs", "autobiography",
        /* a school or study piece about someone: "exposé sur X", "Referat über X" */
        "exposé", "referat", "aufsatz", "hausarbeit", "spreekbeurt", "werkstuk", "trabajo",
        "redacción", "ricerca", "tesina", "trabalho", "redação", "thesis", "dissertation"};
    char b1[32], b2[32];
    size_t w1, w2;
    const char *p1 = nw_prev_word(s, a, &w1, b1, sizeof b1);
    if (!*p1 || !NW_ONE_OF(p1, about))
        return 0;
    const char *p2 = nw_prev_word(s, w1, &w2, b2, sizeof b2);
    return NW_ONE_OF(p2, nouns);
}

/* "X (1879–1955)", "X (c. 1450 - 1516)": a lifespan in brackets after the run. */
static int lifespan_after(const struct sc *s, size_t e)
{
    const uint8_t *t = s->t;
    size_t i = e;
    if (i + 1 >= s->len || t[i] != ' ' || t[i + 1] != '(')
        return 0;
    i += 2;
    if (i + 3 < s->len && (t[i] == 'c' || t[i] == 'n' || t[i] == 'b') && t[i + 1] == '.')
        i += t[i + 2] == ' ' ? 3 : 2;
    int years = 0, y[2] = {0, 0};
    for (int k = 0; k < 2; k++) {
        size_t d = i;
        while (d < s->len && is_digit(t[d]))
            y[k] = y[k] * 10 + (t[d++] - '0');
        if (d - i < 3 || d - i > 4)
            return 0;
        years++;
        i = d;
        if (k == 1)
            break;
        while (i < s->len && t[i] == ' ')
            i++;
        if (i < s->len && t[i] == '-')
            i++;
        else if (i + 2 < s->len && t[i] == 0xE2 && t[i + 1] == 0x80 &&
                 (t[i + 2] == 0x93 || t[i + 2] == 0x94))
            i += 3; /* en or em dash */
        else
            return 0;
        while (i < s->len && t[i] == ' ')
            i++;
    }
    /* a life, not a tenure ("Rosalind Brouwers (1998-2004)"), and long ago like
     * names_reject.c's born_long_ago(): a family tree's grandmother (1921-2003) is still a person
     */
    return years == 2 && i < s->len && t[i] == ')' && y[0] < 1900 && y[1] - y[0] >= 15 &&
           y[1] - y[0] <= 110;
}

int nw_famous_run(const struct sc *s, size_t a, size_t e)
{
    char f[64];
    return famous_known(s, a, e, f, sizeof f);
}

int nw_famous_topic(const struct sc *s, size_t a, size_t e)
{
    char f[64];
    int known = famous_known(s, a, e, f, sizeof f);
    if (!known && !topic_phrase_before(s, a) && !lifespan_after(s, e))
        return 0;
    if (!known && !famous_fold(s->t + a, e - a < sizeof f ? e - a : 0, f, sizeof f))
        return 0;
    return !personal_cue(s, a, e, f);
}
