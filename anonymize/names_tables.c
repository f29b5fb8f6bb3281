/* names_tables.c: people in structured text: tables, markup and configuration.
 *
 * csv_names() (names.c) reads a header only on a text's first line; exports are pasted under a
 * sentence, as Markdown, psql or mysql tables, tab-separated payroll sheets. Here a header row is
 * looked for on the first line, on every line that holds a tab or a '|', and on the first line
 * after a blank line or after a one-line request (for ',' and ';'); its cells are matched against
 * the person-column headers of every language of the pack (`Nachname`, `Prénom`, `Achternaam`,
 * `Apellidos`, `Cognome`, `Sobrenome`, `Assignee`, `Ansprechpartner`...). Under a header that can
 * only mean a person (a given-name, surname or full-name column) each cell of a name's form is a
 * person, in capitals too (`SOO-AH ITO`), surname first (`"Marchand, Élodie"`), with particles
 * (`van der Berg`); under a header that may name a thing too (`Name`, `Owner`, `Client`) the column
 * must first be mostly full names or lexicon names, and a lone word in a full-name column must be a
 * well-attested given name (`Bilbao` is not). A cell with an ordinary word that is no name
 * (`Backend Team`) or a role's or bot's word (`Unassigned`, `Jenkins`, `root`) is never one.
 * Tab-separated rows with no header (a roster under its title) are people by column: every cell
 * of a name's form, half of them with a lexicon name, lone words only in a pair of columns.
 *
 * The same cell test reads the values of keys that name a person in markup and configuration
 * (nw_key_ctx(), a context for names.c: `lead = "X"`, `data-user="X"`, `reviewers: [X, Y]`,
 * YAML items under `maintainers:`) and the text of elements such as `<author>X</author>`, found
 * from their closing tags because the scanner's words stop at "</".
 *
 * Nothing allocates; the lines looked at are found by memchr, so a text with no tab, '|', '<'
 * or blank line costs a few memchr calls.
 */
#include "anonymize/names_internal.h"

#include <string.h>

enum { COL_NONE, COL_PART, COL_PERSON, COL_MAYBE, COL_NAME, COL_PAIR };
enum { MAXCOL = 24, MAXROWS = 200 };

static int person_key(const char *k);

/* The kind of column a folded header cell ('_' and '-' read as spaces) names. */
static int header_kind(const char *h);

/* A person header with a number or a name's part after it (branch forms45): "Player 1",
 * "holder_last", "participant_first", "guardian name" (h folded, '_' and '-' read as spaces). A
 * part's header is a name's part, a numbered one or "... name" the person's column. */
static int role_part(const char *h)
{
    static const char *const parts[] = {"first",    "last",   "firstname", "lastname",
                                        "surname",  "given",  "family",    "vorname",
                                        "nachname", "prénom", "nom"};
    const char *sp = strrchr(h, ' ');
    if (!sp || sp == h || sp - h >= 32)
        return COL_NONE;
    char head[32];
    memcpy(head, h, (size_t)(sp - h));
    head[sp - h] = '\0';
    const char *tail = sp + 1;
    int num = tail[0] >= '1' && tail[0] <= '9' &&
              (!tail[1] || (tail[1] >= '0' && tail[1] <= '9' && !tail[2]));
    int part = NW_ONE_OF(tail, parts), name = strcmp(tail, "name") == 0;
    if (!num && !part && !name)
        return COL_NONE;
    int k = header_kind(head);
    if (part && nw_one_of(head, nw_forms45_part_heads, nw_forms45_part_heads_n))
        k = COL_PERSON;
    if (k != COL_PERSON && k != COL_MAYBE)
        return COL_NONE;
    return part ? COL_PART : COL_PERSON;
}

static int header_kind(const char *h)
{
    static const char *const part[] = {
        "first name", "firstname", "given name", "givenname", "forename", "last name", "lastname",
        "surname", "family name", "vorname", "nachname", "familienname", "prénom", "prenom",
        "nom de famille", "voornaam", "achternaam", "apellidos", "apellido", "cognome", "sobrenome",
        "fname", "lname", "middle name",
        /* branch reg15: pl, sv, da, cs, tr, ro */
        "nazwisko", "imię", "imie", "efternamn", "förnamn", "efternavn", "fornavn", "příjmení",
        "soyadı", "soyad", "prenume", "nume de familie"};
    static const char *const person[] = {
        "full name", "fullname", "nom complet", "nombre completo", "nominativo", "nome completo",
        "employee", "employee name", "assignee", "reporter", "requester", "ansprechpartner",
        "mitarbeiter", "mitarbeiterin", "medewerker", "contactpersoon", "salarié", "salarie",
        "empleado", "empleada", "dipendente", "funcionário", "funcionario", "interlocuteur",
        "referente", "contact name", "customer name", "client name", "player", "student", "pupil",
        "schüler", "leerling", "élève", "alumno", "alunno", "aluno", "speler", "spieler", "joueur",
        "jugador", "giocatore", "jogador", "author", "maintainer", "approver", "reviewer",
        "watcher",
        /* branch leaks39: authors, reviewers, tenants and applicants in the other languages */
        "autor", "autorin", "verfasser", "verfasserin", "auteur", "autrice", "autore", "autora",
        "prüfer", "prüferin", "pruefer", "relecteur", "relectrice", "beoordelaar", "revisor",
        "revisora", "revisore", "tenant", "mieter", "mieterin", "locataire", "huurder", "inquilino",
        "inquilina", "applicant", "antragsteller", "aanvrager", "solicitante", "richiedente",
        "requerente", "demandeur", "contact person", "kontaktperson", "personne à contacter",
        "persona de contacto", "persona di contatto", "pessoa de contato", "pessoa de contacto",
        "reported by", "gemeldet von", "signalé par", "gemeld door", "reportado por",
        "segnalato da", "relatado por", "assigned to", "zugewiesen an", "assigné à",
        "toegewezen aan", "asignado a", "assegnato a", "atribuído a",
        /* branch reg15: the people columns of registers and ledgers (pawn, visitor books,
         * enforcement, prisons, burials, start lists) */
        "pledgor", "pawner", "verpfänder", "pandgever", "visitor", "visitor name", "besucher",
        "besucherin", "visiteur", "bezoeker", "visitante", "visitatore", "odwiedzający", "besökare",
        "besøgende", "návštěvník", "ziyaretçi", "vizitator", "visiting", "host name", "debtor",
        "schuldner", "schuldnerin", "débiteur", "debiteur", "schuldenaar", "deudor", "debitore",
        "devedor", "dłużnik", "gäldenär", "skyldner", "dlužník", "borçlu", "debitor", "prisoner",
        "inmate", "häftling", "gefangener", "détenu", "gedetineerde", "recluso", "detenuto",
        "deceased", "verstorbener", "verstorbene", "défunt", "défunte", "overledene", "difunto",
        "difunta", "defunto", "falecido", "zmarły", "avliden", "afdøde", "zemřelý", "rider",
        "reiter", "reiterin", "cavalier", "cavalière", "ruiter", "jinete", "cavaliere", "cavaleiro",
        "jeździec", "ryttare", "rytter", "jezdec", "binici", "călăreț", "member name", "mitglied",
        "adhérent"};
    /* a school report's teacher column (branch rosters) */
    static const char *const teacher[] = {"teacher",    "lehrer",      "lehrerin", "lehrkraft",
                                          "enseignant", "enseignante", "docent",   "profesor",
                                          "profesora",  "profesor/a",  "docente",  "professor",
                                          "professora", "professor/a"};
    static const char *const name[] = {"name", "naam", "nom",   "nombre", "nome",
                                       "namn", "navn", "jméno", "adı",    "nume"};
    static const char *const maybe[] = {
        "owner", "contact", "contacto", "contato", "customer", "client", "cliente", "klant",
        "kunde", "responsable", "responsabile", "responsável", "responsavel", "verantwortlich",
        "bearbeiter", "behandelaar", "eigenaar", "titular", "titolare", "patient", "member",
        "manager", "lead", "agent",
        /* branch leaks39: an owner may be a team or a firm in every language */
        "eigentümer", "eigentuemer", "inhaber", "propriétaire", "proprietaire", "propietario",
        "proprietario", "proprietário"};
    if (NW_ONE_OF(h, part))
        return COL_PART;
    if (NW_ONE_OF(h, person) || NW_ONE_OF(h, teacher) ||
        nw_one_of(h, nw_forms45_headers, nw_forms45_headers_n))
        return COL_PERSON;
    if (NW_ONE_OF(h, maybe))
        return COL_MAYBE;
    if (NW_ONE_OF(h, name))
        return COL_NAME; /* a given name beside a surname column ("Nombre", "Apellidos") */
    return role_part(h);
}

/* Words a name column holds that are no person: roles, bots, placeholders. */
static int role_word(const char *f)
{
    static const char *const roles[] = {
        "unassigned",    "nobody",     "none",      "unknown",  "tbd",        "system",   "admin",
        "administrator", "root",       "jenkins",   "bot",      "dependabot", "renovate", "github",
        "gitlab",        "automation", "team",      "support",  "service",    "qa",       "infra",
        "ops",           "sre",        "devops",    "platform", "backend",    "frontend", "release",
        "deploy",        "operations", "hr",        "it",       "helpdesk",   "rotation", "oncall",
        "anonymous",     "guest",      "user",      "test",     "demo",       "sales",    "billing",
        "finance",       "legal",      "marketing", "security", "customer",   "success",  "tier"};
    return NW_ONE_OF(f, roles);
}

/* The cells of t[ls .. le) split at sep (quotes respected for ',' and ';'); their number, at
 * most MAXCOL + 1 (one more means too many). */
static size_t split(const uint8_t *t, size_t ls, size_t le, uint8_t sep, size_t c[][2])
{
    size_t n = 0, a = ls;
    int q = 0;
    for (size_t i = ls; i <= le && n <= MAXCOL; i++) {
        if (i < le && t[i] == '"' && (sep == ',' || sep == ';'))
            q = !q;
        if (i < le && (t[i] != sep || q))
            continue;
        if (n < MAXCOL) {
            c[n][0] = a;
            c[n][1] = i;
        }
        n++;
        a = i + 1;
    }
    return n;
}

static void trim(const uint8_t *t, size_t *a, size_t *b)
{
    while (*a < *b && (t[*a] == ' ' || t[*a] == '"' || t[*a] == '\''))
        (*a)++;
    while (*b > *a &&
           (t[*b - 1] == ' ' || t[*b - 1] == '"' || t[*b - 1] == '\'' || t[*b - 1] == '\r'))
        (*b)--;
}

/* Byte length of a letter at p (nw_letter(): Vietnamese ones and NFD's marks included). */
static size_t letter(const uint8_t *p, size_t avail)
{
    return nw_letter(p, avail);
}

static int is_lower_at(const uint8_t *p, size_t avail)
{
    return avail && p[0] >= 'a' && p[0] <= 'z';
}

/* Is the cell t[a .. b) written as a person: one to four words of letters (inner '-' or '\''),
 * each capitalised or in capitals, or a particle ("van der", "de la", "bin", "al-Hashimi");
 * at most one ", " (surname first); no ordinary word that is no name, no role word? *full is
 * set when it holds two words at least; *lexname has 1 when one is a lexicon given name or
 * surname, 3 when that is a well-attested given name, 4 when its unknown words score a name's
 * shape together (names_shape.c's run mean). */
static int cell_person(const struct sc *s, size_t a, size_t b, int *full, int *lexname)
{
    const uint8_t *t = s->t;
    size_t words = 0, commas = 0, unknown = 0, i = a;
    int shape = 0;
    *full = *lexname = 0;
    if (b <= a || b - a > 64)
        return 0;
    if (t[a] >= 0xCE) /* "Иван Петров", "李明": names_script2.c */
        return nw_script2_cell(s, a, b, full);
    while (i < b) {
        size_t ws = i;
        int up = nw_upper(t + i, b - i) != 0;
        if (!up && !is_lower_at(t + i, b - i))
            return 0;
        size_t e = i;
        int caps = 1, letters = 0;
        for (;;) {
            size_t l = letter(t + e, b - e);
            if (l) {
                if (l == 1 && t[e] >= 'a' && t[e] <= 'z')
                    caps = 0;
                letters++;
                e += l;
                continue;
            }
            if (e + 1 < b && (t[e] == '-' || t[e] == '\'') && letter(t + e + 1, b - e - 1)) {
                e++;
                continue;
            }
            break;
        }
        if (e == ws)
            return 0;
        char buf[40];
        const char *f = nw_fold_span(s, ws, e, buf, sizeof buf);
        if (!*f || role_word(f))
            return 0;
        if (!up) { /* "van", "der", "de", "bin", "al-Hashimi" */
            char pb[8];
            size_t pe = ws;
            while (pe < e && t[pe] >= 'a' && t[pe] <= 'z')
                pe++;
            if (pe - ws > 6 || !nw_particle(nw_fold_span(s, ws, pe, pb, sizeof pb)))
                return 0;
            if (pe == e && !(e < b && t[e] == ' '))
                return 0; /* a particle ends no name */
        } else {
            unsigned lx = nw_lexicon_in(t, s->len, ws, e);
            if (!lx) {
                unknown++;
                shape += nw_name_shape(t + ws, e - ws);
            }
            if (nw_lexname(lx))
                *lexname |=
                    (lx & (ANON_NL_GIVEN | ANON_NL_ATTESTED)) == (ANON_NL_GIVEN | ANON_NL_ATTESTED)
                        ? 3
                        : 1;
            else if (lx & (ANON_NL_COMMON_EN | ANON_NL_COMMON))
                return 0; /* "Backend Team", "Customer Success" */
            else if (caps && letters < 4 && !lx)
                return 0; /* "QA", "SRE": acronyms */
            if (nw_cats(f) && !nw_lexname(lx))
                return 0;
            words++;
        }
        i = e;
        if (i < b && t[i] == ',') {
            if (++commas > 1 || words != 1)
                return 0;
            i++;
        }
        if (i < b && t[i] != ' ')
            return 0;
        while (i < b && t[i] == ' ')
            i++;
    }
    if (words < 1 || words > 4 || (commas && words < 2))
        return 0;
    *full = words >= 2;
    if (*full && unknown && shape >= 7 * (int)unknown)
        *lexname |= 4; /* its unknown words have a name's letters (names_shape.c's run mean) */
    return 1;
}

/* A rule line of a Markdown, psql or mysql table: "|---|:--|", "----+----", "+----+". */
static int rule_line(const uint8_t *t, size_t ls, size_t le)
{
    size_t dashes = 0;
    for (size_t i = ls; i < le; i++) {
        if (t[i] == '-' || t[i] == '=')
            dashes++;
        else if (!strchr("|+: \t\r", t[i]))
            return 0;
    }
    return dashes >= 3;
}

static size_t line_end(const struct sc *s, size_t ls)
{
    return nw_line_end_at(s, ls); /* names_internal.h: the text's line table */
}

/* A byte no header row holds: code and prose punctuation. */
static inline int code_byte(uint8_t c)
{
    switch (c) {
    case '(':
    case ')':
    case '[':
    case ']':
    case '{':
    case '}':
    case '=':
    case '<':
    case '>':
    case ':':
    case '!':
    case '?':
    case '@':
    case '\\':
        return 1;
    default:
        return 0;
    }
}

/* The separator of a header row starting at b: the first tab, '|', ';' or ',' within its first
 * 41 bytes, with at most three gaps and no code byte before it; 0 for none. Most lines of prose
 * leave at their fourth space. */
static uint8_t first_sep(const uint8_t *t, size_t b, size_t le)
{
    /* 1: a separator, 2: a space, 3: a code byte or a line break */
    static const uint8_t cls[128] = {
        ['\t'] = 1, ['|'] = 1, [';'] = 1, [','] = 1, [' '] = 2, ['\n'] = 3, ['('] = 3,
        [')'] = 3,  ['['] = 3, [']'] = 3, ['{'] = 3, ['}'] = 3, ['='] = 3,  ['<'] = 3,
        ['>'] = 3,  [':'] = 3, ['!'] = 3, ['?'] = 3, ['@'] = 3, ['\\'] = 3};
    size_t spaces = 0, e = le - b < 41 ? le : b + 41;
    for (size_t i = b; i < e; i++) {
        uint8_t c = t[i], k = c < 128 ? cls[c] : 0;
        if (k == 1)
            return c;
        if (k == 3 || (k == 2 && i > b && t[i - 1] != ' ' && ++spaces > 3))
            return 0; /* runs of spaces count once: psql pads its cells */
    }
    return 0;
}

/* The header row at t[ls .. le) split at sep: the kind of each column into kind[]; the number
 * of columns, 0 when it is no header or names no person. */
static size_t header(const struct sc *s, size_t ls, size_t le, uint8_t sep, int kind[])
{
    const uint8_t *t = s->t;
    size_t c[MAXCOL][2];
    if (le - ls > 512)
        return 0;
    /* a header's cells are short labels, not prose: a cheap look first (most lines leave) */
    for (size_t i = ls, cell = 0; i < le; i++) {
        cell = t[i] == sep ? 0 : cell + 1;
        if (cell > 40 || (code_byte(t[i]) && t[i] != '(' && t[i] != ')' && t[i] != ':'))
            return 0; /* "x = {a: 1, b: 2}" */
    }
    size_t n = split(t, ls, le, sep, c);
    if (n < 2 || n > MAXCOL)
        return 0;
    int any = 0, part = 0;
    unsigned firsts = 0, lasts = 0; /* MAXCOL <= 32 bits */
    for (size_t k = 0; k < n; k++) {
        size_t a = c[k][0], b = c[k][1];
        trim(t, &a, &b);
        kind[k] = COL_NONE;
        if (b - a > 32)
            return 0; /* a header's cells are short labels, not prose */
        size_t sp = 0;
        for (size_t i = a; i < b; i++)
            sp += t[i] == ' ';
        if (sp > 3)
            return 0;
        if (b == a)
            continue;
        char buf[40];
        const char *f = nw_fold_span(s, a, b, buf, sizeof buf);
        if (!*f)
            continue;
        char h[40];
        size_t j = 0;
        for (; f[j] && j + 1 < sizeof h; j++)
            h[j] = f[j] == '_' || f[j] == '-' ? ' ' : f[j];
        h[j] = '\0';
        kind[k] = header_kind(h);
        if (kind[k] == COL_NONE && (strcmp(h, "first") == 0 || strcmp(h, "given") == 0))
            firsts |= 1u << k;
        else if (kind[k] == COL_NONE && (strcmp(h, "last") == 0 || strcmp(h, "family") == 0))
            lasts |= 1u << k;
        any |= kind[k] != COL_NONE;
        part |= kind[k] == COL_PART;
    }
    /* "first,last" / "given,family": the short header of a name split in two, only as a pair
     * ("first" alone heads a date or a count too); a name's parts when most of its cells are
     * people (table_at(): "metric,first,last" holds days) */
    if (firsts && lasts) {
        for (size_t k = 0; k < n; k++)
            if ((firsts | lasts) & (1u << k))
                kind[k] = COL_PAIR;
        any = 1;
    }
    for (size_t k = 0; k < n; k++)
        if (kind[k] == COL_NAME)
            kind[k] = part ? COL_PART : COL_MAYBE;
    return any ? n : 0;
}

/* The table whose header is the line at ls: its people emitted; where the scan goes on. */
static int table_at(struct sc *s, size_t ls, uint8_t sep, size_t *resume)
{
    const uint8_t *t = s->t;
    size_t le = line_end(s, ls);
    int kind[MAXCOL];
    size_t ncol = header(s, ls, le, sep, kind);
    *resume = le + 1;
    if (!ncol)
        return 0;
    /* first pass: the rows, and whether each "maybe" or "first"/"last" column is mostly people */
    unsigned rows = 0, good[MAXCOL] = {0}, cellsn[MAXCOL] = {0};
    size_t c[MAXCOL][2], end = le + 1;
    for (size_t r = le + 1; r < s->len && rows < MAXROWS;) {
        size_t re = line_end(s, r);
        if (rule_line(t, r, re)) {
            r = end = re + 1;
            continue;
        }
        if (re == r || split(t, r, re, sep, c) != ncol)
            break;
        for (size_t k = 0; k < ncol; k++) {
            size_t a = c[k][0], b = c[k][1];
            trim(t, &a, &b);
            int full, lexn;
            if ((kind[k] != COL_MAYBE && kind[k] != COL_PAIR) || a == b)
                continue;
            cellsn[k]++;
            char fb[24]; /* "Monday", "Friday" under "first,last": days, not names */
            good[k] += cell_person(s, a, b, &full, &lexn) && (full || lexn) &&
                       !(kind[k] == COL_PAIR && nw_not_name(nw_fold_span(s, a, b, fb, sizeof fb)));
        }
        rows++;
        r = end = re + 1;
    }
    if (!rows)
        return 0;
    int pair = 0, left = 0;
    for (size_t k = 0; k < ncol; k++) {
        pair |= kind[k] == COL_PAIR;
        if ((kind[k] == COL_MAYBE || kind[k] == COL_PAIR) &&
            good[k] * 2 < cellsn[k] + (cellsn[k] < 2))
            kind[k] = COL_NONE;
        else if (kind[k] == COL_PAIR)
            kind[k] = COL_PART;
        left |= kind[k] != COL_NONE;
    }
    if (pair && !left)
        return 0; /* "metric,first,last" over days: no table of people, its rows read as text */
    for (size_t r = le + 1; r < end;) {
        size_t re = line_end(s, r);
        if (!rule_line(t, r, re)) {
            split(t, r, re, sep, c);
            for (size_t k = 0; k < ncol; k++) {
                size_t a = c[k][0], b = c[k][1];
                trim(t, &a, &b);
                int full, lexn;
                if (kind[k] == COL_NONE || !cell_person(s, a, b, &full, &lexn))
                    continue;
                if (kind[k] != COL_PART && !full && lexn != 3)
                    continue; /* "Bilbao" alone in a column of full names */
                int rc = s->emit(s->arg, ANON_NAMES_PERSON, a, b);
                if (rc < 0)
                    return rc;
            }
        }
        r = re + 1;
    }
    *resume = end;
    return 0;
}

/* A block of tab-separated rows with no header at ls (a sheet pasted under a title, a roster):
 * each column whose every cell is written as a person and half of them hold a lexicon name or
 * a name's shape is people; a column of lone words only beside another such column (given name,
 * surname), so that a column of towns ("Verona", "Florence") is not. Where the scan goes on. */
static int block_at(struct sc *s, size_t ls, size_t *resume, size_t *tried)
{
    const uint8_t *t = s->t;
    size_t c[MAXCOL][2], le = line_end(s, ls);
    size_t ncol = split(t, ls, le, '\t', c), end = ls, rows = 0;
    unsigned ok = 0, lone = 0, named[MAXCOL] = {0};
    *resume = le + 1;
    if (ncol < 2 || ncol > MAXCOL)
        return 0;
    ok = (1u << ncol) - 1;
    for (size_t r = ls; r < s->len && rows < MAXROWS && ok;) {
        size_t re = line_end(s, r);
        if (re == r || split(t, r, re, '\t', c) != ncol)
            break;
        for (size_t k = 0; k < ncol; k++) {
            size_t a = c[k][0], b = c[k][1];
            trim(t, &a, &b);
            int full, lexn;
            if (!((ok >> k) & 1))
                continue;
            if (!cell_person(s, a, b, &full, &lexn))
                ok &= ~(1u << k);
            lone |= !full ? 1u << k : 0;
            named[k] += lexn != 0;
        }
        rows++;
        r = end = re + 1;
    }
    /* a block that is no table leaves its rows to the header search: under a merged row
     * ("Participant\t\t\tContact") the next row is the header (walks are MAXROWS at most) */
    *resume = le + 1;
    *tried = end; /* its rows are looked at for a header only, not as blocks of their own */
    if (rows < 2)
        return 0;
    for (size_t k = 0; k < ncol; k++)
        if (named[k] * 2 < rows)
            ok &= ~(1u << k);
    /* a column of lone words needs a neighbour of lone words */
    unsigned pair = ok & lone & ((ok & lone) << 1 | (ok & lone) >> 1);
    ok = (ok & ~lone) | pair;
    if (!ok)
        return 0;
    *resume = end;
    for (size_t r = ls; r < end;) {
        size_t re = line_end(s, r);
        split(t, r, re, '\t', c);
        for (size_t k = 0; k < ncol; k++) {
            size_t a = c[k][0], b = c[k][1];
            trim(t, &a, &b);
            if (!((ok >> k) & 1) || a == b)
                continue;
            int rc = s->emit(s->arg, ANON_NAMES_PERSON, a, b);
            if (rc < 0)
                return rc;
        }
        r = re + 1;
    }
    return 0;
}

/* The text of elements whose tag names a person (`<author>Maria Keller</author>`, `<dc:creator>`)
 * when it is written as a person. Found from their closing tags: the scanner's words stop at
 * "</". */
static int xml_people(struct sc *s)
{
    const uint8_t *t = s->t;
    size_t len = s->len;
    struct nw_hits *lts = nw_hits_of(s, '<'); /* kept for names_tables2.c's XML fields */
    for (size_t lk = 0, at = nw_hit_at(lts, s, '<', 0, 0); at < len;) {
        size_t c = at, e = c + 2;
        at = nw_hit_at(lts, s, '<', ++lk, c + 1);
        if (c + 2 >= len || t[c + 1] != '/')
            continue;
        while (e < len && e - c < 34 &&
               (is_alnum(t[e]) || t[e] == '_' || t[e] == '-' || t[e] == ':'))
            e++;
        if (e >= len || t[e] != '>' || e == c + 2)
            continue;
        size_t kb = c + 2;
        for (size_t k = c + 2; k < e; k++)
            if (t[k] == ':')
                kb = k + 1; /* "dc:creator" */
        char buf[40];
        const char *k = e > kb ? nw_fold_span(s, kb, e, buf, sizeof buf) : "";
        if (!*k || !(person_key(k) || strcmp(k, "creator") == 0))
            continue;
        size_t a = c; /* the value starts after the '>' of the opening tag */
        while (a > 0 && c - a < 80 && t[a - 1] != '>' && t[a - 1] != '<')
            a--;
        if (a == 0 || t[a - 1] != '>')
            continue;
        size_t b = c;
        trim(t, &a, &b);
        int full, lexn;
        if (b > a && cell_person(s, a, b, &full, &lexn) && (full || lexn)) {
            int rc = s->emit(s->arg, ANON_NAMES_PERSON, a, b);
            if (rc < 0)
                return rc;
        }
    }
    return 0;
}

int nw_header_tables(struct sc *s)
{
    const uint8_t *t = s->t;
    size_t len = s->len;
    if (!(s->kinds & (1u << ANON_NAMES_PERSON)) || len < 8)
        return 0;
    int rc0 = xml_people(s);
    if (rc0 < 0)
        return rc0;
    size_t l0 = nw_line_at(nw_lines_of(s), s, 0, 0); /* line 0's end: kept for the passes after */
    if (l0 >= len || l0 + 1 >= len)
        return 0; /* one line: no table */
    const uint8_t *nl = t + l0;
    /* the first '|' from scan()'s table (names_hl7.c's walk found it), the next ones after it */
    struct nw_hits *hb = nw_hits_of(s, '|');
    size_t bcur = 0, b0 = nw_hit_at(hb, s, '|', 0, 0);
    const uint8_t *tab = nw_text_may_hold(s, NW_RB_TAB) ? memchr(t, '\t', len) : NULL,
                  *bar = b0 < len ? t + b0 : NULL;
    const uint8_t *blank = NULL;
    for (const uint8_t *p = nl; p && !blank;) {
        size_t o = (size_t)(p - t) + 1;
        if (o < len && (t[o] == '\n' || (t[o] == '\r' && o + 1 < len && t[o + 1] == '\n')))
            blank = p;
        else
            p = o < len ? memchr(t + o, '\n', len - o) : NULL;
    }
    size_t pos = 0, tried = 0;
    {                                      /* the first line, with csv_names()'s separators */
        uint8_t sp = first_sep(t, 0, len); /* the first cell is short */
        size_t le = sp ? line_end(s, 0) : len;
        if (sp && le < len) {
            int rc = table_at(s, 0, sp, &pos);
            if (rc < 0)
                return rc;
        }
    }
    if (pos <= l0 + 1 && l0 <= 160 && l0 + 2 < len) {
        /* a ',' or ';' header under a one-line request ("members list, can you count them?"):
         * its first cell one short word ("member_no", "ticket"), so that prose leaves here */
        size_t k = l0 + 1;
        while (k < len && k - l0 <= 24 &&
               (is_alnum(t[k]) || t[k] == '_' || t[k] == '.' || t[k] == '-' || t[k] >= 0x80))
            k++;
        uint8_t sp = k > l0 + 1 && k < len ? t[k] : 0;
        size_t next, le1 = sp == ',' || sp == ';' ? line_end(s, l0 + 1) : len;
        if (le1 < len) {
            int rc = table_at(s, l0 + 1, sp, &next);
            if (rc < 0)
                return rc;
            if (next > le1 + 1)
                pos = next;
        }
    }
    if (!tab && !bar && !blank)
        return 0;
    while (pos < len) {
        /* the next line holding a tab or a '|', or following a blank line */
        size_t cand = len, ls;
        uint8_t sep = 0;
        if (tab && (size_t)(tab - t) < pos)
            tab = memchr(t + pos, '\t', len - pos);
        if (bar && (size_t)(bar - t) < pos) {
            /* the hits before the cursor are before the last bar, so before pos */
            size_t nb = nw_hit_from(hb, s, '|', &bcur, pos);
            bar = nb < len ? t + nb : NULL;
        }
        if (tab) {
            cand = (size_t)(tab - t);
            sep = '\t';
        }
        if (bar && (size_t)(bar - t) < cand) {
            cand = (size_t)(bar - t);
            sep = '|';
        }
        ls = cand;
        while (cand < len && ls > pos && cand - ls < 41 && t[ls - 1] != '\n')
            ls--;
        int long_first = ls > pos && t[ls - 1] != '\n'; /* a header's first cell is short */
        if (blank && (size_t)(blank - t) < pos)
            blank = NULL; /* only the first blank line: the line under a text's first paragraph */
        if (blank && (size_t)(blank - t) < ls) { /* the line after the blank ones */
            size_t b = (size_t)(blank - t);
            while (b < len && (t[b] == '\n' || t[b] == '\r'))
                b++;
            if (b > ls || b >= len) {
                pos = b;
                continue;
            }
            uint8_t sp = first_sep(t, b, len);
            if (!sp) {
                pos = line_end(s, b) + 1;
                continue;
            }
            ls = b;
            sep = sp;
        } else if (cand == len) {
            break;
        } else if (long_first) {
            pos = line_end(s, cand) + 1;
            continue;
        } else if (sep == '|' && tab && (size_t)(tab - t) < line_end(s, ls)) {
            sep = '\t';
        }
        size_t next;
        int rc = table_at(s, ls, sep, &next);
        if (rc < 0)
            return rc;
        if (next == line_end(s, ls) + 1 && sep == '\t' && ls >= tried &&
            (rc = block_at(s, ls, &next, &tried)) < 0)
            return rc;
        pos = next > ls ? next : ls + 1;
    }
    return 0;
}

/* ---- a value under a key that names a person, in markup and configuration ------------------
 * `<author>X</author>`, `data-user="X"`, `lead = "X"`, `authors = ["X", "Y"]`,
 * `reviewers: [X, Y]`, and YAML list items under `maintainers:`. The run must fill the value. */
static int person_key(const char *k)
{
    static const char *const keys[] = {
        "author",     "authors",     "maintainer",   "maintainers", "owner",       "owners",
        "lead",       "reviewer",    "reviewers",    "approver",    "approvers",   "assignee",
        "assignees",  "reporter",    "editor",       "editors",     "contributor", "contributors",
        "watcher",    "watchers",    "creator",      "committer",   "developer",   "developers",
        "translator", "translators", "manager",      "contact",     "user",        "speaker",
        "speakers",   "attendees",   "participants", "signatory",   "customer",    "oncall",
        "primary",    "secondary",   "escalation"};
    return NW_ONE_OF(k, keys);
}

/* The key of letters, digits, '_' and '-' ending right before e (its last '-' part: `data-user`
 * is `user`), folded into buf; "" when there is none. Its start in *ks. */
static const char *key_at(const struct sc *s, size_t e, size_t *ks, char *buf, size_t cap)
{
    const uint8_t *t = s->t;
    size_t b = e;
    while (b > 0 && e - b < 32 && (is_alnum(t[b - 1]) || t[b - 1] == '_' || t[b - 1] == '-'))
        b--;
    *ks = b;
    size_t p = b;
    for (size_t k = b; k < e; k++)
        if (t[k] == '-' || t[k] == '_')
            p = k + 1;
    return e > p && e - b < 32 ? nw_fold_span(s, p, e, buf, cap) : "";
}

/* Does t[end] close the value: a quote, '<', ',' or ']' or the line's end? */
static int value_end(const struct sc *s, size_t end)
{
    const uint8_t *t = s->t;
    while (end < s->len && t[end] == ' ')
        end++;
    if (end >= s->len)
        return 1;
    switch (t[end]) {
    case '"':
    case '\'':
    case '<':
    case ',':
    case ']':
    case '\r':
    case '\n':
        return 1;
    default:
        return 0;
    }
}

/* The key of an inline list the value at a is in (`key: [A, B]`, `key = ["A", "B"]`): the
 * bytes back to '[' on the line are other items only. */
static const char *list_key(const struct sc *s, size_t a, size_t *ks, char *buf, size_t cap)
{
    const uint8_t *t = s->t;
    size_t i = a;
    while (i > 0 && a - i < 160 && t[i - 1] != '[' && t[i - 1] != '\n' && t[i - 1] != ':' &&
           t[i - 1] != '=' && t[i - 1] != '.')
        i--;
    if (i == 0 || t[i - 1] != '[')
        return "";
    i--;
    while (i > 0 && t[i - 1] == ' ')
        i--;
    if (i == 0 || (t[i - 1] != ':' && t[i - 1] != '='))
        return "";
    i--;
    while (i > 0 && (t[i - 1] == ' ' || t[i - 1] == '"'))
        i--;
    return key_at(s, i, ks, buf, cap);
}

/* A YAML list item (`  - X` filling its line): the key of the list, the nearest line above with
 * less indentation and `key:` alone. */
static const char *yaml_key(const struct sc *s, size_t a, size_t *ks, char *buf, size_t cap)
{
    const uint8_t *t = s->t;
    size_t i = a;
    while (i > 0 && t[i - 1] == ' ')
        i--;
    if (i == 0 || t[i - 1] != '-')
        return "";
    i--;
    size_t ind = 0;
    while (i > 0 && t[i - 1] == ' ')
        i--, ind++;
    if (i > 0 && t[i - 1] != '\n')
        return "";
    for (int lines = 0; lines < 16 && i > 1; lines++) {
        size_t le = i - 1, ls = le; /* the line above: t[ls .. le) */
        while (ls > 0 && t[ls - 1] != '\n')
            ls--;
        size_t k = ls, li = 0;
        while (k < le && t[k] == ' ')
            k++, li++;
        size_t e = le;
        while (e > k && (t[e - 1] == ' ' || t[e - 1] == '\r'))
            e--;
        if (li < ind || (li == ind && k < le && t[k] != '-')) {
            if (e > k && t[e - 1] == ':')
                return key_at(s, e - 1, ks, buf, cap);
            return "";
        }
        i = ls;
    }
    return "";
}

/* The key of a YAML line `  key: X` whose ':' is at e: the key alone on its line before it, an
 * on-call rotation's roles only (`primary`, `secondary`, `escalation`, `oncall`), which prose
 * does not open a line with. */
static const char *yaml_value_key(const struct sc *s, size_t e, size_t *ks, char *buf, size_t cap)
{
    const uint8_t *t = s->t;
    const char *k = key_at(s, e, ks, buf, cap);
    size_t i = *ks;
    while (i > 0 && t[i - 1] == ' ')
        i--;
    if (i > 0 && t[i - 1] != '\n')
        return "";
    return strcmp(k, "primary") == 0 || strcmp(k, "secondary") == 0 ||
                   strcmp(k, "escalation") == 0 || strcmp(k, "oncall") == 0
               ? k
               : "";
}

/* Does a command line's flag of a person's name end right before e ("--first-name", "--author",
 * "--full-name"), after a space? */
static int cli_flag(const struct sc *s, size_t e)
{
    static const char *const flags[] = {"firstname", "lastname", "givenname", "familyname",
                                        "surname",   "fullname", "name",      "author",
                                        "owner",     "vorname",  "nachname",  "prenom"};
    const uint8_t *t = s->t;
    size_t b = e;
    char raw[24], f[24];
    size_t n = 0;
    while (b > 0 && e - b < 20 && (is_alnum(t[b - 1]) || t[b - 1] == '-' || t[b - 1] == '_'))
        b--;
    if (e - b < 6 || t[b] != '-' || t[b + 1] != '-' || (b > 0 && t[b - 1] != ' '))
        return 0;
    for (size_t k = b + 2; k < e; k++)
        if (t[k] != '-' && t[k] != '_')
            raw[n++] = (char)t[k];
    if (!n)
        return 0;
    f[nw_fold(raw, n, f, sizeof f - 1)] = '\0';
    return NW_ONE_OF(f, flags);
}

int nw_key_ctx(const struct sc *s, size_t start, size_t end)
{
    const uint8_t *t = s->t;
    if (start == 0)
        return 0;
    uint8_t c = t[start - 1];
    if (c == ' ') { /* "[A, B", "  - B": the byte before the spaces */
        size_t i = start - 1;
        while (i > 0 && start - i < 8 && t[i - 1] == ' ')
            i--;
        if (i == 0 || (t[i - 1] != ',' && t[i - 1] != '[' && t[i - 1] != '-' && t[i - 1] != ':'))
            return 0;
    } else if (c != '>' && c != '"' && c != '\'' && c != '[') {
        return 0;
    }
    if (!value_end(s, end))
        return 0;
    char buf[40];
    size_t ks;
    const char *k = "";
    if (c == '>') { /* <author>X</author>, <author id="1">X */
        size_t i = start - 1;
        while (i > 0 && start - i < 64 && t[i - 1] != '<' && t[i - 1] != '>')
            i--;
        if (i == 0 || t[i - 1] != '<' || end + 1 >= s->len || t[end] != '<' || t[end + 1] != '/')
            return 0;
        size_t e = i;
        while (e < start && (is_alnum(t[e]) || t[e] == '_' || t[e] == '-' || t[e] == ':'))
            e++;
        k = key_at(s, e, &ks, buf, sizeof buf);
    } else if (c == '"' || c == '\'') {
        size_t i = start - 1;
        if (i > 0 && t[i - 1] == '=') /* data-user="X" */
            k = key_at(s, i - 1, &ks, buf, sizeof buf);
        else {
            while (i > 0 && start - 1 - i < 4 && t[i - 1] == ' ')
                i--;
            if (i > 0 && t[i - 1] == '=') { /* lead = "X" */
                i--;
                while (i > 0 && t[i - 1] == ' ')
                    i--;
                k = key_at(s, i, &ks, buf, sizeof buf);
            } else if (i > 1 && t[i - 1] == ':') { /* {'name': 'X'}, {'owner': 'X'} */
                size_t j = i - 1;
                while (j > 0 && t[j - 1] == ' ')
                    j--;
                if (j > 1 && (t[j - 1] == '\'' || t[j - 1] == '"'))
                    j--;
                k = key_at(s, j, &ks, buf, sizeof buf);
                if (strcmp(k, "name") == 0)
                    return end < s->len && t[end] == c && nw_cell_name(s, start, end) != 0;
            } else if (i < start - 1 && i > 3 && is_alnum(t[i - 1])) {
                return end < s->len && t[end] == c && cli_flag(s, i) &&
                       nw_cell_name(s, start, end) != 0; /* --first-name "Maria Keller" */
            } else
                k = list_key(s, start - 1, &ks, buf, sizeof buf);
        }
        if (end >= s->len || t[end] != c)
            return 0;
    } else if (c == '[') {
        k = list_key(s, start, &ks, buf, sizeof buf);
    } else if (c == ' ') { /* "[A, B", "  - B" */
        size_t i = start - 1;
        while (i > 0 && start - i < 8 && t[i - 1] == ' ')
            i--;
        if (i > 0 && (t[i - 1] == ',' || t[i - 1] == '['))
            k = list_key(s, start, &ks, buf, sizeof buf);
        else if (i > 0 && t[i - 1] == '-')
            k = yaml_key(s, start, &ks, buf, sizeof buf);
        else if (i > 1 && t[i - 1] == ':' && is_alnum(t[i - 2]) && value_end(s, end) &&
                 (end >= s->len || t[end] == '\n' || t[end] == '\r') && nw_cell_name(s, start, end))
            k = yaml_value_key(s, i - 1, &ks, buf, sizeof buf); /* `  primary: X` */
    } else {
        return 0;
    }
    return *k && person_key(k);
}

/* For names_fixedcols.c: what a folded header label ('_' and '-' as spaces) says of its column:
 * 2 a person's or a name part's, 1 a name that may be a thing's (`Name`, `Owner`), 0 nothing. */
int nw_person_header(const char *h)
{
    int k = header_kind(h);
    return k == COL_PART || k == COL_PERSON ? 2 : k == COL_MAYBE || k == COL_NAME ? 1 : 0;
}

/* cell_person() for the other table readers. */
int nw_cell_person(const struct sc *s, size_t a, size_t b, int *full, int *lexname)
{
    return cell_person(s, a, b, full, lexname);
}
