/* phone_labels.c: does the label right before a number say it is an id, not a phone?
 *
 * A phone's shape (a trunk 0, NANP 3-3-4, Spanish 3-3-3) admits a number with no phone word
 * (anon_c_phone), so the numbers of forms and records that share those shapes were masked as
 * phones: "Policy no. 0321557396", "Kundennummer: 616 420 299", "Lab sample ID: 857 408 6301",
 * "Facture n° 0581605670" ("TAJ szám: ..." is left alone, below). The label is its last four
 * words before the value, read back to a line break, a digit, a '|', ',', ';', bracket or a
 * dash. It vetoes when one of them names an id, a document, a meter or a register ("Az.",
 * "PRM", "Diarienummer", "Rechnungsnr.", "Polizza n.") and none names a phone ("Tel.-Nr.",
 * "Notfall-Nr.", "Numer telefonu" stay phones).
 *
 * A national identity number under its own label (PESEL, AMKA, CPR, TAJ, CNP, personnummer...)
 * is never vetoed: most have no detector of their own, and masked as a phone it does not leak.
 */
#include "anonymize/anon_internal.h"

#include <string.h>

#define MAX_WORDS 4
#define WORD_MAX 24

static int letter(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}

/* Words that make a label a phone's (substrings of the lower-cased label; Greek in both cases;
 * "tél", "tālr", "sím": "n° de tél.", "tālruņa nr.", "símanúmer", phone63). */
static const char *const phone_stems[] = {"tel",
                                          "phon",
                                          "fon",
                                          "fax",
                                          "faks",
                                          "mob",
                                          "cell",
                                          "handy",
                                          "gsm",
                                          "puh",
                                          "tlf",
                                          "tlm",
                                          "cep",
                                          "portable",
                                          "whats",
                                          "sms",
                                          "call",
                                          "ring",
                                          "ruf",
                                          "wahl",
                                          "notfall",
                                          "emergenc",
                                          "urgen",
                                          "hotline",
                                          "kontakt",
                                          "contact",
                                          "contatto",
                                          "contacto",
                                          "dial",
                                          "appel",
                                          "chiam",
                                          "llam",
                                          "festnetz",
                                          "service",
                                          "zentral",
                                          "office",
                                          "b\xc3\xbcro",
                                          "bureau",
                                          "ufficio",
                                          "oficina",
                                          "kantoor",
                                          "home",
                                          "work",
                                          "privat",
                                          "kom\xc3\xb3rk",
                                          "\xcf\x84\xce\xb7\xce\xbb",
                                          "\xce\xa4\xce\xb7\xce\xbb",
                                          "\xce\xba\xce\xb9\xce\xbd",
                                          "\xce\x9a\xce\xb9\xce\xbd",
                                          "t\xc3\xa9l",
                                          "t\xc4\x81lr",
                                          "s\xc3\xadm",
                                          NULL};

/* The bytes phone_stems start with: a word is searched for stems only at them. */
static const unsigned char stem_first[256] = {
    ['t'] = 1, ['p'] = 1, ['f'] = 1, ['m'] = 1, ['c'] = 1,  ['h'] = 1, ['g'] = 1, ['s'] = 1,
    ['w'] = 1, ['r'] = 1, ['n'] = 1, ['e'] = 1, ['u'] = 1,  ['k'] = 1, ['d'] = 1, ['a'] = 1,
    ['l'] = 1, ['z'] = 1, ['o'] = 1, ['b'] = 1, [0xcf] = 1, [0xce] = 1};

/* Does the lower-cased word hold a phone stem? */
static int has_stem(const char *w, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (!stem_first[(unsigned char)w[i]])
            continue;
        for (size_t j = 0; phone_stems[j]; j++) {
            if (phone_stems[j][0] != w[i])
                continue;
            size_t k = strlen(phone_stems[j]);
            if (k <= n - i && memcmp(w + i, phone_stems[j], k) == 0)
                return 1;
        }
    }
    return 0;
}

/* National identity and tax numbers of persons: a label holding one of these words is left to
 * what it was (word prefixes). */
static const char *const natid_words[] = {"pesel",
                                          "amka",
                                          "\xce\xb1\xce\xbc\xce\xba\xce\xb1",
                                          "\xce\x91\xce\x9c\xce\x9a\xce\x91",
                                          "cpr",
                                          "taj",
                                          "cnp",
                                          "tckn",
                                          "kimlik",
                                          "personnum",
                                          "f\xc3\xb8"
                                          "dselsnum",
                                          "f\xc3\xb6"
                                          "delsenum",
                                          "henkil\xc3\xb6tunnus",
                                          "hetu",
                                          "rodn\xc3\xa9",
                                          "nif",
                                          "niss",
                                          "dni",
                                          "nie",
                                          "nss",
                                          "bsn",
                                          "svnr",
                                          "sv",
                                          "sozialvers",
                                          "steuer",
                                          "nino",
                                          "ni",
                                          "nhs",
                                          "ssn",
                                          "social",
                                          "s\xc3\xa9"
                                          "curit",
                                          "fiscal",
                                          "afm",
                                          "\xce\xb1\xcf\x86\xce\xbc",
                                          "\xce\x91\xce\xa6\xce\x9c",
                                          "tin",
                                          "tax",
                                          "pps",
                                          "insurance",
                                          "versicherungsnummer",
                                          NULL};

/* Words that name an id, a document, a register or a meter (whole words, lower case). */
static const char *const id_words[] = {
    "id", "ids", "ident", "identifier", "ref", "reference",
    "r\xc3\xa9"
    "f\xc3\xa9rence",
    "referencia", "refer\xc3\xaancia", "riferimento", "kenmerk", "az", "aktenzeichen",
    "gesch\xc3\xa4"
    "ftszeichen",
    "vorgang", "sygn", "akt", "dosar", "dossier", "expediente", "processo", "pratica", "protocollo",
    "protocolo", "protocol", "fattura", "factura", "fatura", "faktura", "facture", "invoice",
    "rechnung", "rechnungsnr", "order", "ordernr", "ordrenr", "bestellnr", "bestelling",
    "auftragsnr", "objedn\xc3\xa1vka", "sipari\xc5\x9f", "comanda", "zam\xc3\xb3wienie", "rpr",
    "rpm", "commande", "ordine", "pedido", "encomenda", "zam\xc3\xb3wienia", "policy", "polizza",
    "p\xc3\xb3liza", "ap\xc3\xb3lice", "polis", "claim", "case", "ticket", "lot", "batch", "serial",
    "sn", "sku", "kit", "imei", "iccid", "ean", "gtin", "isbn", "upc", "ndc", "mpan", "mprn", "pdl",
    "prm", "pce", "cups", "pod", "pdr", "cpe", "ppe", "gsrn", "malo", "melo", "siren", "siret",
    "kvk", "cvr", "i\xc4\x8do", "di\xc4\x8d", "vat", "hrb", "hra", "regon", "krs", "matricule",
    "matricola",
    "matr\xc3\xad"
    "cula",
    "folio", "etkt", "nbr", "pnr", "awb", "account", "konto", "mandate", "mandat", "accession",
    "specimen", "sample", "subject", "donor", "registry", "badge", "card", "employee", "member",
    "licence", "license", "permit", "certificate", "\xc3\xa4rende", "sag", "sak", "sagsnr",
    "\xc3\xbcgysz\xc3\xa1m", "iktat\xc3\xb3sz\xc3\xa1m", "dosya", "esas", "re\xc3\xa7u", "quittung",
    "receipt", "mtcn", "transaction", "txn", "transponder", "microchip", "submission", "booking",
    "confirmation", "tracking", "parcel", "shipment", "sendung",
    /* (branch phone56: parcels and accounts of fr/cs/nl) */
    "colis", "zásilka", "zasilka", "compte", "rekening", "contract", "vertrag", "contrat",
    "contratto", "contrato", "umowa", "tesisat", "saya\xc3\xa7", "m\xc3\xbc\xc5\x9fteri",
    "\xc3\xbcgyf\xc3\xa9l", "z\xc3\xa1kazn\xc3\xadk", "z\xc3\xa1kaznick\xc3\xa9", "kunde", "kunden",
    "client", "cliente", "klant", "kund", "asiakas", "customer", "codice", "code",
    "c\xc3\xb3"
    "digo",
    "k\xc3\xb3"
    "d",
    "azonos\xc3\xadt\xc3\xb3", "cod", "item", "part", "model", "modell", "artikel", "nr", "no", "n",
    "n\xc2\xb0", "n\xc2\xba", "nro", "n\xc3\xbam", "\xc4\x8d", "\xce\xb1\xcf\x81",
    "\xce\x91\xcf\x81", NULL};

/* A number word: an id's only when it ends the label and a word before it names what it
 * numbers ("Laskun numero", "Faktura číslo"); alone ("Number: 0151 ...") or after a determiner
 * ("meine Nummer ist", "my number") it stays what anon_c_phone makes of it. */
static const char *const number_words[] = {"number",
                                           "nummer",
                                           "numero",
                                           "n\xc3\xbamero",
                                           "num\xc3\xa9ro",
                                           "numer",
                                           "\xc4\x8d\xc3\xadslo",
                                           "sz\xc3\xa1m",
                                           "sz\xc3\xa1ma",
                                           "num",
                                           NULL};

/* the number words as typed in short */
static const char *const short_number_words[] = {"no", "nr", "nro", "num", NULL};

static const char *const determiners[] = {
    "my", "your", "his", "her", "our", "their", "the", "this", "new", "meine", "deine", "seine",
    "ihre", "unsere", "neue", "mijn", "jouw", "zijn", "haar", "ons", "onze", "mon", "ma", "ton",
    "sa", "notre", "votre", "nouveau", "mi", "tu", "su", "nuestro", "nuevo", "il", "mio", "la",
    "nuovo", "o", "meu", "minha", "novo", "m\xc3\xb3j", "nowy", "mitt", "min", "mit", "minun",
    "m\xc5\xafj", "moje", "az", "a", "de", "del", "do", "da", "moj", "mun",
    /* the prepositions that hand a number over: "na číslo", "pod numer", "al numero" (phone62) */
    "na", "pod", "al", NULL};

static int word_in(const char *w, size_t n, const char *const *list)
{
    for (size_t i = 0; list[i]; i++)
        if (list[i][0] == w[0] && strlen(list[i]) == n && memcmp(w, list[i], n) == 0)
            return 1;
    return 0;
}

static int word_prefix(const char *w, size_t n, const char *const *list)
{
    for (size_t i = 0; list[i]; i++) {
        if (list[i][0] != w[0])
            continue;
        size_t k = strlen(list[i]);
        if (k <= n && memcmp(w, list[i], k) == 0 && (k == n || k >= 3))
            return 1;
    }
    return 0;
}

/* A compound that ends in a number word and names its thing first ("Kundennummer",
 * "Polisnummer", "Tilausnumero"); "Telefonnummer" has a phone stem and never gets here. */
static int compound_number(const char *w, size_t n)
{
    for (size_t i = 0; number_words[i]; i++) {
        size_t k = strlen(number_words[i]);
        if (k < n && k >= 5 && memcmp(w + n - k, number_words[i], k) == 0)
            return 1;
    }
    return 0;
}

/* Does a UTF-8 dash, quote or bullet (U+2010..U+206F, U+00B7) end at text[r)? It parts a
 * label from what stands before it ("Code civil – 01 43 35 13 64"). */
static int punct_end(const char *text, size_t r)
{
    const unsigned char *t = (const unsigned char *)text;
    return (r >= 3 && t[r - 3] == 0xE2 && t[r - 2] == 0x80) ||
           (r >= 2 && t[r - 2] == 0xC2 && t[r - 1] == 0xB7);
}

/* Table columns of ids: a cell under one of these heads ("badge", "Folio", "Badge ID") is the
 * id; anon_column_labelled reads the head (labels.c). Not "no."/"nr.": "Phone no." heads phones. */
static const char *const id_columns[] = {
    "id", "uid", "badge", "card", "order", "invoice", "ref", "reference", "ticket", "account",
    "sku", "serial", "folio", "lot", "batch", "kit", "sample", "specimen", "tracking", "customer",
    "client", "member", "employee", "case", "policy", "claim", "gtin", "ean", "isbn", "imei",
    /* order columns in the languages, with their number word */
    "order no", "order nr", "commande n\xc2\xb0", "ordrenr.", "ordernr", "bestellnr.",
    "auftragsnr.", "ordine n.", "pedido n\xc2\xba", "encomenda n.\xc2\xba", "zam\xc3\xb3wienie nr",
    "objedn\xc3\xa1vka \xc4\x8d.", "sipari\xc5\x9f no", "comanda nr.", "ordernummer",
    "rendel\xc3\xa9ssz\xc3\xa1m", "tilausnumero",
    "\xce\x91\xcf\x81. "
    "\xcf\x80\xce\xb1\xcf\x81\xce\xb1\xce\xb3\xce\xb3\xce\xb5\xce\xbb\xce\xaf\xce\xb1\xcf\x82",
    NULL};

/* The label's last words before text[p) (a value's start after its marks), lower-cased, the last
 * first, into w and wl; camel_id[i]: the word ends in a camel-case "Id" ("submissionId"). Returns
 * how many (up to MAX_WORDS). */
static int label_words(const char *text, size_t p, char w[][WORD_MAX + 1], size_t *wl,
                       int *camel_id)
{
    /* the label's last words, read back (the last first) */
    int nw = 0;
    for (size_t q = p; nw < MAX_WORDS;) {
        size_t r = q;
        while (r > 0 && q - r < 3 && text[r - 1] && strchr(" .-/'_", text[r - 1]))
            r--;
        /* " - " is a dash (the detection view writes U+2013 so) */
        int dash = 0;
        for (size_t i = r; i < q; i++)
            dash |= text[i] == '-' && i > 0 && text[i - 1] == ' ';
        if (dash)
            break;
        size_t e = r;
        while (r > 0 && e - r <= WORD_MAX && letter((unsigned char)text[r - 1]) &&
               !punct_end(text, r))
            r--;
        if (r == e || e - r > WORD_MAX)
            break;
        for (size_t i = 0; i < e - r; i++) {
            char c = text[r + i];
            w[nw][i] = c >= 'A' && c <= 'Z' ? (char)(c + 32) : c;
        }
        w[nw][e - r] = 0;
        camel_id[nw] = e - r > 2 && text[e - 2] == 'I' &&
                       (text[e - 1] == 'd' || text[e - 1] == 'D') && text[e - 3] >= 'a' &&
                       text[e - 3] <= 'z';
        wl[nw++] = e - r;
        q = r;
    }
    return nw;
}

/* Does one of the label's last words before text[s) hold a phone stem ("TEL . ", "HANDY :: ",
 * "n° de tél. ")? Asked by phone55.c for a number OCR'd with S or B for 5 or 8 (phone63). */
int anon_phone_stem_before(const char *text, size_t s)
{
    size_t p = s, k = 0;
    while (p > 0 && k < 4 && text[p - 1] && strchr(" \t:#=\"'@/", text[p - 1]))
        p--, k++;
    char w[MAX_WORDS][WORD_MAX + 1];
    size_t wl[MAX_WORDS];
    int camel_id[MAX_WORDS];
    int nw = label_words(text, p, w, wl, camel_id);
    for (int i = 0; i < nw; i++)
        if (has_stem(w[i], wl[i]))
            return 1;
    return 0;
}

int anon_phone_id_label(const char *text, size_t s)
{
    size_t p = s, k = 0;
    /* a table's cell: its column's head */
    size_t cell = s;
    while (cell > 0 && s - cell < 4 && (text[cell - 1] == ' ' || text[cell - 1] == '"'))
        cell--;
    if (cell > 0 && text[cell - 1] && strchr(";,\t|", text[cell - 1]))
        return anon_column_labelled(text, s, id_columns);
    /* (the quotes of a JSON or Python member: "order_id": "415-555-0132") */
    /* (a note's marks between: "colis / 0043 ...", "Ticket @ 027-..."; not '(': an e-mail and
     * "(555-867-5309)" after it would cost a full read of every bracketed number's words) */
    while (p > 0 && k < 4 && text[p - 1] && strchr(" \t:#=\"'@/", text[p - 1]))
        p--, k++;
    char w[MAX_WORDS][WORD_MAX + 1];
    size_t wl[MAX_WORDS];
    int camel_id[MAX_WORDS]; /* the word ends in a camel-case "Id" ("submissionId") */
    int nw = label_words(text, p, w, wl, camel_id);
    /* "my no", "mi num", "moj nr": the abbreviated number word after a determiner is a
     * phone's as typed (typed59), not an id's "no." */
    if (nw > 1 && word_in(w[0], wl[0], short_number_words) && word_in(w[1], wl[1], determiners))
        return 0;
    int veto = 0;
    for (int i = 0; i < nw; i++) {
        if (has_stem(w[i], wl[i]))
            return 0;
        if (word_prefix(w[i], wl[i], natid_words))
            return 0;
        if (word_in(w[i], wl[i], id_words) || compound_number(w[i], wl[i]) || camel_id[i])
            veto = 1;
        /* a number word ends the label and a word before it names the thing */
        if (i == 0 && nw > 1 && word_in(w[0], wl[0], number_words) &&
            !word_in(w[1], wl[1], determiners))
            veto = 1;
    }
    return veto;
}

/* Does a JSON member's key name an id ("order_id", "serialNumber", "submissionId", "mtcn")? Its
 * words (split at '_', '-', '.', spaces and lower-to-upper case) are read as a label's are: one
 * naming an id vetoes, one with a phone stem ("caller_id", "phoneId") or a national id's word
 * keeps the value what the detectors make of it. A number word last after another word names the
 * thing numbered ("ticketNumber"); alone ("number") it does not. */
int anon_phone_id_key(const char *k, size_t n)
{
    char w[MAX_WORDS][WORD_MAX + 1];
    size_t wl[MAX_WORDS];
    int nw = 0, veto = 0;
    if (n == 0 || n > 64)
        return 0;
    for (size_t i = 0; i < n && nw < MAX_WORDS;) {
        while (i < n && !letter((unsigned char)k[i]))
            i++;
        size_t b = i, m = 0;
        while (i < n && letter((unsigned char)k[i]) &&
               !(i > b && k[i] >= 'A' && k[i] <= 'Z' && k[i - 1] >= 'a' && k[i - 1] <= 'z')) {
            if (m < WORD_MAX)
                w[nw][m++] = k[i] >= 'A' && k[i] <= 'Z' ? (char)(k[i] + 32) : k[i];
            i++;
        }
        if (i == b)
            break;
        w[nw][m] = 0;
        wl[nw++] = m;
    }
    for (int i = 0; i < nw; i++) {
        if (has_stem(w[i], wl[i]) || word_prefix(w[i], wl[i], natid_words))
            return 0;
        if (word_in(w[i], wl[i], id_words) || compound_number(w[i], wl[i]))
            veto = 1;
        if (i == nw - 1 && i > 0 && word_in(w[i], wl[i], number_words) &&
            !word_in(w[i - 1], wl[i - 1], determiners))
            veto = 1;
    }
    return veto;
}
