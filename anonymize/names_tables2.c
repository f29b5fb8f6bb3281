/* names_tables2.c: values whose field says what they are: a person, a street address, a birth.
 *
 * Exports and fixtures name their fields: `name="X"` and `dob=4_de_junho_de_2008` in a log line,
 * `"last_name": "de Jong"` in JSON, `full_name = "X"` in TOML, `<birthDate>X</birthDate>`,
 * `INSERT INTO t (full_name, date_of_birth, home_address) VALUES ('X', '1958-03-22', '27
 * King''s Road, ...')`, a CSV, Markdown or fixed-width table under `Nome e cognome | Data di
 * nascita | Indirizzo`. The value of such a field is read whole: a surname that is a common word
 * (`White`) or a particle's (`zu Stolberg`) is still the value of a surname key, and the whole
 * value of an address key is the address, whatever its street looks like. A field that may name
 * a thing (`name`, `Naam`, `by`) counts only beside a valid value of a field that can only be a
 * person's (a birth date, an address, a surname) on its line: a product table has a `Name`
 * column too, never a birth-date one. Two helpers serve the other table readers: a `Name`
 * column beside `SKU` or `Price` is a product's (nw_thing_columns(), csv_names()), and a cell of
 * a header row names a column, not a person (nw_header_cell(), nw_not_person()).
 *
 * The one thing to know: cells are split as RFC 4180 says (quotes, doubled quotes), so a quoted
 * address with commas does not shift the columns after it; nw_sep_count() gives
 * names_dobcols.c the same count. Nothing allocates; a text with no '=', ':', ')', '<' or
 * line break costs a few memchr calls. The readers of each syntax are in names_tables2_fields.c.
 */
#include "anonymize/names_tables2_internal.h"

#include <openssl/mem.h>
#include <string.h>

/* The folded field names of each kind (field_kind()). */
static const char *const fk_part[] = {
    "firstname",   "lastname",     "surname",    "givenname",      "familyname",
    "forename",    "vorname",      "nachname",   "familienname",   "prénom",
    "prenom",      "nomdefamille", "voornaam",   "achternaam",     "apellidos",
    "apellido",    "cognome",      "sobrenome",  "apelido",        "apelidos",
    "fname",       "lname",        "middlename", "givennames",     "familynames",
    "förnamn",     "efternamn",    "fornavn",    "efternavn",      "etternavn",
    "etunimi",     "sukunimi",     "imię",       "imie",           "nazwisko",
    "soyad",       "soyadı",       "prenume",    "příjmení",       "prijmeni",
    "nume",        "jméno",        "jmeno",      "primerapellido", "segundoapellido",
    "familienaam", "nomeproprio"};
static const char *const fk_full[] = {
    "fullname",     "patientname",  "customername",  "clientname",     "contactname",
    "employeename", "nomcomplet",   "volledigenaam", "nombrecompleto", "nombreyapellidos",
    "nomeecognome", "nomecompleto", "nominativo"};
static const char *const fk_weak[] = {"name",      "naam",       "nom",       "nombre",
                                      "nome",      "by",         "updatedby", "createdby",
                                      "changedby", "modifiedby", "ad"};
static const char *const fk_addr[] = {
    "address",       "homeaddress",    "newaddress",     "oldaddress",      "streetaddress",
    "postaladdress", "mailingaddress", "billingaddress", "shippingaddress", "residentialaddress",
    "adresse",       "anschrift",      "wohnadresse",    "adres",           "woonadres",
    "indirizzo",     "direccion",      "dirección",      "domicilio",       "morada",
    "endereco",      "endereço",       "residenza"};
static const char *const fk_dob[] = {
    "dob",          "birthdate",     "dateofbirth",     "birthday",        "geburtsdatum",
    "geburtstag",   "datenaissance", "datedenaissance", "fechanacimiento", "fechadenacimiento",
    "datanascita",  "datadinascita", "geboortedatum",   "datanascimento",  "datadenascimento",
    "födelsedatum", "fodelsedatum",  "fødselsdato",     "fodselsdato",     "syntymäaika",
    "syntymaaika",  "dataurodzenia", "doğumtarihi",     "dogumtarihi",     "datanasterii",
    "datanașterii", "datumnarození", "datumnarozeni"};
/* the keys session.c's member_hint() gives ANON_NAMES_HINT_STREET and _ADDR_PART (there a
 * JSON member's "zip" and "postalCode" too) */
static const char *const fk_street[] = {
    "street",     "streetname", "streetaddress", "streetline",    "street1",        "street2",
    "strasse",    "straße",     "straat",        "addressline",   "addressline1",   "addressline2",
    "address1",   "address2",   "calle",         "billingstreet", "shippingstreet", "gatuadress",
    "katuosoite", "ulica",      "strada",        "ulice",         "gateadresse"};
/* a postcode alone under "ZIP:" is left to the postal rules (presidio's sets leave it) */
static const char *const fk_apart[] = {
    "housenumber", "houseno",      "housenr",   "hausnummer",     "hausnr",
    "huisnummer",  "streetnumber", "streetno",  "buildingnumber", "apartmentnumber",
    "aptnumber",   "flatnumber",   "unitnumber"};
/* The seven lists' words by their first and last byte and length (nw_lens_may()). */
static const struct nw_lens field_lens = {
    {0x9fa4, 0x6304, 0x1ea0, 0x1fe08, 0x1380,  0x2bfa0, 0x3e00, 0xcc0, 0x230,
     0x60,   0x400,  0x120,  0x4440,  0x15d58, 0x400,   0x69c0, 0x0,   0x40200,
     0xffe0, 0x0,    0x620,  0x2180,  0xa00,   0x0,     0x0,    0x0,   0x0},
    {0x3a60, 0x8, 0x0,    0x24,  0xbff0,  0x0, 0x400,  0x800,  0x3980,  0x0,
     0x0,    0x0, 0x3dd8, 0x780, 0x3dfe0, 0x0, 0x0,    0xdec0, 0x5efa0, 0x6640,
     0x0,    0x0, 0x0,    0x0,   0x704,   0x0, 0x48a0, 0x1180}};

size_t nw_tables2_lens_audit(void)
{
    return nw_lens_audit(&field_lens, fk_part, sizeof fk_part / sizeof fk_part[0]) +
           nw_lens_audit(&field_lens, fk_full, sizeof fk_full / sizeof fk_full[0]) +
           nw_lens_audit(&field_lens, fk_weak, sizeof fk_weak / sizeof fk_weak[0]) +
           nw_lens_audit(&field_lens, fk_addr, sizeof fk_addr / sizeof fk_addr[0]) +
           nw_lens_audit(&field_lens, fk_dob, sizeof fk_dob / sizeof fk_dob[0]) +
           nw_lens_audit(&field_lens, fk_street, sizeof fk_street / sizeof fk_street[0]) +
           nw_lens_audit(&field_lens, fk_apart, sizeof fk_apart / sizeof fk_apart[0]);
}

/* The kind of the field whose name, folded with ' ', '_', '-', '.' left out, is k. */
static int field_kind(const char *k)
{
    if (NW_ONE_OF(k, fk_part))
        return F_PERSON;
    if (NW_ONE_OF(k, fk_full))
        return F_FULL;
    if (NW_ONE_OF(k, fk_weak))
        return F_WEAK;
    if (NW_ONE_OF(k, fk_addr))
        return F_ADDR;
    if (NW_ONE_OF(k, fk_dob))
        return F_DOB;
    if (NW_ONE_OF(k, fk_street))
        return F_STREET;
    if (NW_ONE_OF(k, fk_apart))
        return F_APART;
    return F_NONE;
}

/* The kind of a JSON member's key (raw bytes, folded here). */
static int key_kind(const char *key, size_t n)
{
    char raw[48], f[48];
    size_t m = 0;
    if (n == 0 || n > 40)
        return F_NONE;
    for (size_t i = 0; i < n; i++) {
        uint8_t c = (uint8_t)key[i];
        if (c == ' ' || c == '_' || c == '-' || c == '.')
            continue;
        if (is_digit(c) || c == '\\')
            return F_NONE;
        raw[m++] = (char)c;
    }
    if (!nw_lens_may(&field_lens, (const uint8_t *)raw, m))
        return F_NONE;
    size_t k = nw_fold(raw, m, f, sizeof f - 1);
    if (!k)
        return F_NONE;
    f[k] = '\0';
    return field_kind(f);
}

int anon_names_part_key(const char *key, size_t n)
{
    return key_kind(key, n) == F_PERSON;
}

int anon_names_field_hint(const char *key, size_t n)
{
    switch (key_kind(key, n)) {
    case F_PERSON:
    case F_FULL:
        return ANON_NAMES_HINT_PERSON;
    case F_WEAK:
        return ANON_NAMES_HINT_NAME;
    case F_DOB:
        return ANON_NAMES_HINT_DOB;
    case F_STREET:
        return ANON_NAMES_HINT_STREET;
    case F_APART:
        return ANON_NAMES_HINT_ADDR_PART;
    default:
        return ANON_NAMES_HINT_NONE;
    }
}

/* kind_of() of a span with nothing to trim, 1 to 40 bytes (a key's run: letters, digits, '_',
 * '-', '.', bytes >= 0x80), as key_run_before() finds it. */
int kind_of_run(const struct sc *s, size_t a, size_t b)
{
    char raw[48], f[48];
    size_t n = 0;
    for (size_t i = a; i < b; i++) {
        uint8_t c = s->t[i];
        if (c == '_' || c == '-' || c == '.')
            continue;
        if (is_digit(c))
            return F_NONE;
        raw[n++] = (char)c;
    }
    if (!nw_lens_may(&field_lens, (const uint8_t *)raw, n))
        return F_NONE;
    size_t m = nw_fold(raw, n, f, sizeof f - 1);
    if (!m)
        return F_NONE;
    f[m] = '\0';
    return field_kind(f);
}

/* The kind of the field named t[a .. b) (at most 40 bytes, letters and ' ', '_', '-', '.'). */
int kind_of(const struct sc *s, size_t a, size_t b)
{
    char raw[48], f[48];
    size_t n = 0;
    while (a < b && (s->t[a] == ' ' || s->t[a] == '`' || s->t[a] == '"'))
        a++;
    while (b > a && (s->t[b - 1] == ' ' || s->t[b - 1] == '`' || s->t[b - 1] == '"' ||
                     s->t[b - 1] == ':' || s->t[b - 1] == '\r'))
        b--;
    if (b <= a || b - a > 40)
        return F_NONE;
    for (size_t i = a; i < b; i++) {
        uint8_t c = s->t[i];
        if (c == ' ' || c == '_' || c == '-' || c == '.')
            continue;
        if (is_digit(c) || c == '=' || c == ',' || c == '|' || c == '(' || c == '\'')
            return F_NONE;
        raw[n++] = (char)c;
    }
    if (!nw_lens_may(&field_lens, (const uint8_t *)raw, n))
        return F_NONE; /* no list word opens so or is so long: most keys of code and logs */
    size_t m = nw_fold(raw, n, f, sizeof f - 1);
    if (!m)
        return F_NONE;
    f[m] = '\0';
    return field_kind(f);
}

/* Separators of t[b .. p) outside double quotes (RFC 4180: a doubled quote stays inside). */
size_t nw_sep_count(const uint8_t *t, size_t b, size_t p, uint8_t sep)
{
    size_t c = 0;
    int in = 0;
    for (size_t i = b; i < p; i++) {
        if (t[i] == '"' && (sep == ',' || sep == ';'))
            in = !in;
        else if (t[i] == sep && !in)
            c++;
    }
    return c;
}

/* Does a cell of the header t[b .. e) (split by sep) name a thing's column: a product's or a
 * file's (`SKU`, `Price`, `Size`, `Version`, `Filename`)? A `Name` column beside it is no
 * person's. */
int nw_thing_columns(const struct sc *s, size_t b, size_t e, uint8_t sep)
{
    static const char *const thing[] = {
        "sku",     "ean",      "price",     "unitprice", "qty",       "quantity", "stock",
        "size",    "version",  "category",  "product",   "productid", "model",    "brand",
        "weight",  "filename", "extension", "mimetype",  "checksum",  "sha256",   "filesize",
        "preis",   "artikel",  "artikelnr", "menge",     "größe",     "prix",     "taille",
        "produit", "precio",   "producto",  "tamaño",    "prezzo",    "prodotto", "quantità",
        "preço",   "produto",  "tamanho",   "prijs",     "grootte",   "aantal",   "categorie"};
    for (size_t a = b; a < e;) {
        size_t z = a;
        while (z < e && s->t[z] != sep)
            z++;
        char raw[32], f[32];
        size_t n = 0;
        for (size_t i = a; i < z && n < sizeof raw; i++)
            if (!strchr(" _-.#\"\r", s->t[i]))
                raw[n++] = (char)s->t[i];
        size_t m = n && n < sizeof raw ? nw_fold(raw, n, f, sizeof f - 1) : 0;
        f[m] = '\0';
        if (m && NW_ONE_OF(f, thing))
            return 1;
        a = z + 1;
    }
    return 0;
}

/* Is t[a .. e) a cell of a table's header row: a line of cells split by sep with no digit, one
 * other cell a field's name (`Nombre`, `Fecha de nacimiento`), the next line a row with as many
 * separators? `Alta` (Spanish "created") in `N.º cliente,Nombre,Alta,Correo` names a column. */
int nw_header_cell(const struct sc *s, size_t a, size_t e)
{
    const uint8_t *t = s->t;
    size_t p = a, q = e, ls, le;
    while (p > 0 && (t[p - 1] == ' ' || t[p - 1] == '"'))
        p--;
    while (q < s->len && (t[q] == ' ' || t[q] == '"'))
        q++;
    uint8_t sep = q < s->len && strchr(",;\t|", t[q]) ? t[q] : 0;
    if (!sep && p > 0 && strchr(",;\t|", t[p - 1]))
        sep = t[p - 1];
    if (!sep || !(p == 0 || t[p - 1] == sep || t[p - 1] == '\n') ||
        !(q >= s->len || t[q] == sep || t[q] == '\n' || t[q] == '\r'))
        return 0;
    for (ls = p; ls > 0 && t[ls - 1] != '\n' && p - ls < 400;)
        ls--;
    le = nw_line_end_at(s, q); /* names_internal.h: the text's line table */
    int nl = le < s->len;
    if ((ls > 0 && t[ls - 1] != '\n') || le - ls > 400 || !nl)
        return 0;
    size_t hc = nw_sep_count(t, ls, le, sep), re = le + 1;
    while (re < s->len && t[re] != '\n')
        re++;
    if (!hc || nw_sep_count(t, le + 1, re, sep) != hc)
        return 0;
    int named = 0;
    for (size_t c = ls, i = ls; i <= le; i++) {
        if (i < le && is_digit(t[i]))
            return 0;
        if (i == le || t[i] == sep) {
            if (!(c <= a && i >= e) && kind_of(s, c, i) != F_NONE)
                named = 1;
            c = i + 1;
        }
    }
    return named;
}

/* A value of a person's field: one to five words, each capitalised (or in capitals), an initial
 * ("G."), or a particle before a word ("de", "van den", "zu"); weak: two capitalised words at
 * least, not all of them ordinary words that are no names ("Backend Team"), no short acronym
 * ("Power BI"). */
static int person_value(const struct sc *s, size_t a, size_t b, int weak)
{
    const uint8_t *t = s->t;
    size_t words = 0, caps = 0, common = 0, i = a;
    if (b <= a || b - a > 64)
        return 0;
    while (i < b) {
        size_t ws = i, up = nw_upper(t + i, b - i), e = i;
        int letters = 0, allcaps = 1;
        for (;;) {
            size_t l = nw_letter(t + e, b - e);
            if (l) {
                allcaps &= !(l == 1 && t[e] >= 'a' && t[e] <= 'z');
                letters++;
                e += l;
            } else if (e + 1 < b && e > ws && (t[e] == '-' || t[e] == '\'') &&
                       nw_letter(t + e + 1, b - e - 1)) {
                e++;
            } else if (e + 2 < b && e > ws && t[e] == '\'' && t[e + 1] == '\'' &&
                       nw_letter(t + e + 2, b - e - 2)) {
                e += 2; /* SQL's doubled quote: 'Ann O''Hara' */
            } else {
                break;
            }
        }
        if (e == ws)
            return 0;
        if (up && letters == 1 && e < b && t[e] == '.') {
            e++; /* an initial */
        } else if (!up) {
            char pb[8];
            if (e - ws > 6 || !nw_particle(nw_fold_span(s, ws, e, pb, sizeof pb)) || e >= b)
                return 0; /* a particle opens a surname, never ends one */
        } else {
            unsigned lx = nw_lexicon_in(t, s->len, ws, e);
            common += !nw_lexname(lx) && (lx & (ANON_NL_COMMON_EN | ANON_NL_COMMON));
            if (weak && allcaps && letters < 4 && !nw_lexname(lx))
                return 0; /* "BI", "QA" */
            caps++;
        }
        words++;
        if (e < b && t[e] != ' ')
            return 0;
        for (i = e; i < b && t[i] == ' ';)
            i++;
    }
    return caps >= (weak ? 2u : 1u) && words <= 5 && !(weak && common == caps);
}

/* A person field's value typed in lower case (`firstName: "maria"`, `last_name=keller`): one to
 * three words of lower-case letters, each a name of the lexicon. */
static int lower_value(const struct sc *s, size_t a, size_t b)
{
    const uint8_t *t = s->t;
    size_t words = 0;
    if (b <= a || b - a > 48 || t[a] < 'a' || t[a] > 'z')
        return 0;
    for (size_t i = a; i < b;) {
        size_t ws = i, l;
        while (i < b && (l = nw_letter(t + i, b - i)) != 0 && !nw_upper(t + i, b - i))
            i += l;
        if (i - ws < 2 || (i < b && t[i] != ' ') || !nw_lexname(nw_lexicon_in(t, s->len, ws, i)))
            return 0;
        words++;
        while (i < b && t[i] == ' ')
            i++;
    }
    return words <= 3;
}

/* A person field's value surname first in capitals, the given name after a comma
 * (`patient_name="KELLER, MARIA"`): each side person_value() in capitals, one comma. */
static int no_lower(const uint8_t *t, size_t a, size_t b)
{
    for (size_t i = a; i < b; i++)
        if ((t[i] >= 'a' && t[i] <= 'z') || (t[i] == 0xC3 && i + 1 < b && t[i + 1] >= 0x9F))
            return 0;
    return 1;
}

static int surname_first_value(const struct sc *s, size_t a, size_t b, int any_case)
{
    const uint8_t *t = s->t;
    const uint8_t *c = b - a >= 6 ? memchr(t + a, ',', b - a) : NULL;
    if (!c || !is_up(t[a]))
        return 0;
    size_t m = (size_t)(c - t);
    if (m + 2 >= b || t[m + 1] != ' ' || memchr(t + m + 1, ',', b - m - 1))
        return 0;
    return (any_case || no_lower(t, a, b)) && person_value(s, a, m, 0) &&
           person_value(s, m + 2, b, 0);
}

/* person_value() for the readers of other structured shapes (names_struct9.c). */
int nw_person_value(const struct sc *s, size_t a, size_t b, int weak)
{
    return person_value(s, a, b, weak);
}

/* The whole value of an address field: a digit and a capitalised word of three letters, one
 * space at least, no e-mail, URL or key ("10.0.0.1", "0x7ffe", "a@b.eu" are no addresses). */
static int addr_value(const struct sc *s, size_t a, size_t b)
{
    const uint8_t *t = s->t;
    int digit = 0, space = 0, word = 0;
    if (b <= a || b - a < 8 || b - a > 200)
        return 0;
    for (size_t i = a; i < b; i++) {
        uint8_t c = t[i];
        if (c == '@' || c == '\n' || c == '=' || c == '<' || c == '{' ||
            (c == ':' && i + 1 < b && t[i + 1] == '/'))
            return 0;
        digit |= is_digit(c);
        space |= c == ' ';
        if (!word && nw_upper(t + i, b - i) && (i == a || !nw_letter(t + i - 1, 1))) {
            size_t e = i + nw_upper(t + i, b - i), n = 1, l;
            while (e < b && (l = nw_letter(t + e, b - e)) && !nw_upper(t + e, b - e))
                e += l, n++;
            word = n >= 3;
        }
    }
    return digit && space && word;
}

/* A date of birth filling t[a .. b), '_' read as a space ("12_de_outubro_de_1968"), read from a
 * copy of the value alone. */
static int dob_value(const struct sc *s, size_t a, size_t b)
{
    uint8_t buf[64];
    size_t ds, i, n = b - a;
    if (b <= a || n > 40)
        return 0;
    for (i = 0; i < n; i++) /* the value alone: no typographic quote around it reads as a letter */
        buf[i] = s->t[a + i] == '_' ? ' ' : s->t[a + i];
    struct sc d = *s;
    d.t = buf;
    d.len = n;
    d.words = NULL;
    for (i = 0; i < n && !is_digit(buf[i]);) /* "March 4, 1987": the recogniser starts at 4 */
        i++;
    int ok = i < n && nw_date_at(&d, i, &ds) == n && ds == 0;
    OPENSSL_cleanse(buf, n);
    return ok;
}

/* Is t[a .. b) a value that holds no name: a language's null or boolean, a type, a test word
 * ("None", "string", "Unknown", "TODO")? Ordinary words stay names there ("Joke", "Will"). */
static int placeholder(const struct sc *s, size_t a, size_t b)
{
    static const char *const words[] = {"none",    "null", "nil",   "true",   "false", "undefined",
                                        "unknown", "test", "admin", "string", "todo",  "tbd",
                                        "xxx",     "foo",  "bar",   "user",   "name",  "n/a"};
    char f[16];
    if (b - a >= sizeof f || memchr(s->t + a, ' ', b - a))
        return 0;
    return NW_ONE_OF(nw_fold_span(s, a, b, f, sizeof f), words);
}

/* The kind of finding the value v is (ANON_NAMES_*), or -1; a weak or full-name field's value
 * must be a full name ("Tromsø" or "HR Operations" under `Nominativo` is none). */
int value_kind(const struct sc *s, const struct fval *v)
{
    switch (v->kind) {
    case F_PERSON:
        if (placeholder(s, v->a, v->b))
            return -1; /* `user.first_name = None`, `lastName: "string"` */
        /* fall through */
    case F_FULL:
    case F_WEAK:
        return person_value(s, v->a, v->b, v->kind != F_PERSON) ||
                       (v->kind != F_WEAK &&
                        (lower_value(s, v->a, v->b) ||
                         surname_first_value(s, v->a, v->b, v->kind == F_FULL)))
                   ? ANON_NAMES_PERSON
                   : -1;
    case F_KV8: /* `agent='Mozilla Firefox'`, `holder="Acme Corp"` name no one */
        return (person_value(s, v->a, v->b, 1) || surname_first_value(s, v->a, v->b, 0)) &&
                       !nw_kv8_thing(s, v->a, v->b)
                   ? ANON_NAMES_PERSON
                   : -1;
    case F_CHECKED:
        return ANON_NAMES_PERSON;
    case F_ADDR:
        return addr_value(s, v->a, v->b) ? ANON_NAMES_ADDRESS : -1;
    case F_DOB:
        return dob_value(s, v->a, v->b) ? ANON_NAMES_DOB : -1;
    case F_STREET:
    case F_APART:
        return nw_street_value(s, v->a, v->b,
                               v->kind == F_STREET ? ANON_NAMES_HINT_STREET
                                                   : ANON_NAMES_HINT_ADDR_PART)
                   ? ANON_NAMES_ADDRESS
                   : -1;
    default:
        return -1;
    }
}

/* names_tech41.c's readers of fields this file does not split (`first_name    | Maria` of psql's
 * expanded rows, a SELECT's column over sqlite's rows): the finding the value t[a .. b) of the
 * field named t[ka .. kb) is (ANON_NAMES_*, -1 none) in *kind; returns 3 for a person's field
 * (a name part's, a full name's), 2 for an address's or a birth's, 1 for a weak one (`name`: its
 * value counts only beside another), 0 for none. ka == kb reads a given name's or surname's field
 * (`first`). */
int nw_keyed_value(const struct sc *s, size_t ka, size_t kb, size_t a, size_t b, int *kind)
{
    struct fval v = {a, b, ka == kb ? F_PERSON : kind_of(s, ka, kb)};
    *kind = -1;
    if (v.kind == F_NONE)
        return 0;
    *kind = value_kind(s, &v);
    return v.kind == F_WEAK ? 1 : v.kind == F_PERSON || v.kind == F_FULL ? 3 : 2;
}
