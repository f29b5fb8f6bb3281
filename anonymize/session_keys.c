/* session_keys.c: what a JSON member's key says about its value: the keyword tables behind
 * anon_member_label and anon_member_hint (a person, people, a birth, a street, a part of a name).
 *
 * Keys are folded (case, '_', '-') and matched whole or by their last word; the tables are built
 * once, on first use, behind a pthread_once. Nothing here sees a value.
 */
#include "anonymize/anon_internal.h"
#include "anonymize/session_internal.h"
#include "anonymize/engine_internal.h"
#include "anonymize/restore.h"

#include "anonymize/names.h"

#include <openssl/mem.h>
#include <openssl/rand.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

/* A member key folded for comparison into f (40 bytes): lower case, without '_', '-', '.' and
 * spaces. 0 when there is no key or it is longer. */
static size_t fold_key(const char *k, size_t n, char *f)
{
    size_t m = 0;
    if (!k)
        return 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)k[i];
        if (c == '_' || c == '-' || c == '.' || c == ' ')
            continue;
        if (m == 40)
            return 0;
        f[m++] = (char)(c >= 'A' && c <= 'Z' ? c | 32 : c);
    }
    return m;
}

/* A word a folded member key may end in (whole: must be the whole key, "tel" but not "hotel"),
 * and what the key then holds. */
enum { K_PHONE, K_SSN, K_CARD, K_CSC, K_SECRET, K_TAIL };
struct keyword {
    const char *w;
    unsigned char n, kind, whole;
};
#define KW(w, kind, whole)                                                                         \
    {                                                                                              \
        w, sizeof(w) - 1, kind, whole                                                              \
    }
static const struct keyword keywords[] = {
    KW("password", K_SECRET, 0),
    KW("passwd", K_SECRET, 0),
    KW("passphrase", K_SECRET, 0),
    KW("pwd", K_SECRET, 0),
    KW("secret", K_SECRET, 0),
    KW("token", K_SECRET, 0),
    KW("apikey", K_SECRET, 0),
    KW("accesskey", K_SECRET, 0),
    KW("secretkey", K_SECRET, 0),
    KW("privatekey", K_SECRET, 0),
    KW("appkey", K_SECRET, 0),
    KW("encryptionkey", K_SECRET, 0),
    KW("signingkey", K_SECRET, 0),
    KW("masterkey", K_SECRET, 0),
    KW("contactnumber", K_PHONE, 1),
    /* libphonenumber's PhoneNumber (protobuf JSON): the number after its country code */
    KW("nationalnumber", K_PHONE, 1),
    /* "phoneNumber", "mobileNo", "telNr": the tail goes, the rest is judged */
    KW("number", K_TAIL, 0),
    KW("num", K_TAIL, 0),
    KW("no", K_TAIL, 0),
    KW("nr", K_TAIL, 0),
    KW("nummer", K_TAIL, 0),
    KW("numero", K_TAIL, 0),
    /* a value's groups ("ssn_parts", "cardDigits", "phoneGroups") */
    KW("part", K_TAIL, 0),
    KW("digit", K_TAIL, 0),
    KW("group", K_TAIL, 0),
    KW("split", K_TAIL, 0),
    KW("chunk", K_TAIL, 0), /* "card_number_chunks" (where54) */
    KW("piece", K_TAIL, 0),
    KW("phone", K_PHONE, 0),
    KW("mobile", K_PHONE, 0),
    KW("msisdn", K_PHONE, 0),
    KW("landline", K_PHONE, 0),
    KW("fax", K_PHONE, 1),
    KW("tel", K_PHONE, 1),
    KW("cell", K_PHONE, 1),
    KW("mobil", K_PHONE, 1),
    KW("mobiel", K_PHONE, 1),
    KW("handy", K_PHONE, 1),
    KW("portable", K_PHONE, 1),
    KW("telefon", K_PHONE, 0),
    KW("telefono", K_PHONE, 0),
    KW("telefoon", K_PHONE, 0),
    KW("t\303\251l\303\251phone", K_PHONE, 0),
    KW("tel\303\251fono", K_PHONE, 0),
    KW("movil", K_PHONE, 1),
    KW("m\303\263vil", K_PHONE, 1),
    KW("celular", K_PHONE, 1),
    KW("cellulare", K_PHONE, 1),
    KW("gsm", K_PHONE, 1),
    KW("callerid", K_PHONE, 1),
    KW("whatsapp", K_PHONE, 0),
    KW("tlf", K_PHONE, 1),
    KW("tfno", K_PHONE, 1),
    /* leaks52: the phone words of Sheets headers and contact kinds in more languages */
    KW("puhelin", K_PHONE, 0),
    KW("telefone", K_PHONE, 0),
    KW("telemovel", K_PHONE, 1),
    KW("telem\303\263vel", K_PHONE, 1),
    KW("kom\303\263rka", K_PHONE, 1),
    KW("komorka", K_PHONE, 1),
    KW("telefonsz\303\241m", K_PHONE, 1),
    KW("telefonszam", K_PHONE, 1),
    KW("mobilsz\303\241m", K_PHONE, 1),
    KW("cep", K_PHONE, 1),
    KW("tlm", K_PHONE, 1),
    KW("sms", K_PHONE, 1),
    KW("t\303\251l", K_PHONE, 1),
    KW("tilefono", K_PHONE, 1),
    KW("kinito", K_PHONE, 1),
    KW("\316\267\316\273\316\255\317\206\317\211\316\275\316\277", K_PHONE, 0), /* (τ/Τ)ηλέφωνο */
    KW("\316\271\316\275\316\267\317\204\317\214", K_PHONE, 0), /* (κ/Κ)ινητό */
    KW("ssn", K_SSN, 0),
    KW("socialsecurity", K_SSN, 0),
    KW("taxid", K_SSN, 1),
    KW("tin", K_SSN, 1),
    KW("itin", K_SSN, 1),
    KW("ustaxid", K_SSN, 1),
    KW("card", K_CARD, 0),
    KW("creditcard", K_CARD, 0),
    KW("pan", K_CARD, 1),
    /* where53: a card in the keys of other languages ("kartennummer", "numero_carta",
     * "kortnummer"); the validators (Luhn, an issuer's range) still decide */
    KW("karte", K_CARD, 0),
    KW("karten", K_CARD, 0),
    KW("carte", K_CARD, 0),
    KW("carta", K_CARD, 0),
    KW("tarjeta", K_CARD, 0),
    KW("kaart", K_CARD, 0),
    KW("cartao", K_CARD, 0),
    KW("cart\303\243o", K_CARD, 0),
    KW("karty", K_CARD, 0),
    KW("kort", K_CARD, 1),
    KW("kortin", K_CARD, 1),
    KW("kartyaszam", K_CARD, 1),
    KW("k\303\241rtyasz\303\241m", K_CARD, 1),
    KW("kartnumarasi", K_CARD, 1),
    /* a card's security code (CARD_SECURITY_CODE): "cvv", "cardCvc", "security_code",
     * "pruefnummer" (its "nummer" goes as a tail) */
    KW("cvv", K_CSC, 0),
    KW("cvc", K_CSC, 0),
    KW("cvn", K_CSC, 0),
    KW("cvv2", K_CSC, 0),
    KW("cvc2", K_CSC, 0),
    KW("csc", K_CSC, 1),
    KW("securitycode", K_CSC, 0),
    KW("pruef", K_CSC, 0),
    KW("pr\303\274f", K_CSC, 0),
};
#undef KW

/* keywords by their last byte: bucket[c] .. bucket[c + 1] in order[] (built once) */
static uint8_t bucket[257], order[sizeof keywords / sizeof keywords[0]];
static pthread_once_t buckets_once = PTHREAD_ONCE_INIT;

/* A counting sort by last byte, stable in keywords[]'s order: the order a loop over the 256
 * bytes, each over every keyword, gave (ag61: that loop was 237K instructions of the first
 * request's anon_rewrite, a 256 x ~110 walk; this is two walks of the keywords). */
static void buckets_init(void)
{
    size_t count[257] = {0}, at[256];
    for (size_t i = 0; i < sizeof keywords / sizeof keywords[0]; i++)
        count[(unsigned char)keywords[i].w[keywords[i].n - 1] + 1]++;
    for (unsigned c = 0; c < 256; c++) {
        count[c + 1] += count[c];
        bucket[c] = (uint8_t)count[c];
        at[c] = count[c];
    }
    bucket[256] = (uint8_t)count[256];
    for (size_t i = 0; i < sizeof keywords / sizeof keywords[0]; i++)
        order[at[(unsigned char)keywords[i].w[keywords[i].n - 1]]++] = (uint8_t)i;
}

/* The keyword the folded key f[0 .. m) ends in: a secret one first, else the first other. */
static const struct keyword *key_ends(const char *f, size_t m)
{
    const struct keyword *found = NULL;
    unsigned c = (unsigned char)f[m - 1];
    for (size_t j = bucket[c]; j < bucket[c + 1]; j++) {
        const struct keyword *w = &keywords[order[j]];
        if (w->n > m || (w->whole && w->n != m) || (found && w->kind != K_SECRET))
            continue;
        size_t i = 0;
        while (i < w->n && f[m - w->n + i] == w->w[i])
            i++;
        if (i < w->n)
            continue;
        if (w->kind == K_SECRET)
            return w;
        found = w;
    }
    return found;
}

/* The label a member's key gives its value for the label-gated detectors, as the text before it
 * would ("mobile": "4155550132" reads as "phone: 4155550132"), or NULL. Phone, SSN and card keys
 * map to one canonical label (the key itself may be "contactMobileNo" or "msisdn"); a key naming
 * a secret is its own label (the SECRET detector reads the key). Plurals and a trailing "number",
 * "no" or "nr" count ("phoneNumbers", "ssns"), as do "part", "digit", "group", "split",
 * "chunk" and "piece" ("ssn_parts", "ssn_split", "card_chunks"). */
const char *anon_member_label(const char *k, size_t n, size_t *len)
{
    static const char *const labels[] = {"phone: ", "ssn: ", "card: ", "cvv: "};
    char f[40];
    size_t m = fold_key(k, n, f);
    if (m < 2)
        return NULL;
    if (f[m - 1] == 's' && f[m - 2] != 's') /* plural; not "pass" or "address" */
        m--;
    pthread_once(&buckets_once, buckets_init);
    const struct keyword *w = key_ends(f, m);
    if (!w)
        return NULL;
    if (w->kind == K_SECRET) {
        for (size_t j = 0; j < n; j++) /* the key stands in text as it is: a plain one */
            if (!((k[j] | 0x20) >= 'a' && (k[j] | 0x20) <= 'z') && !(k[j] >= '0' && k[j] <= '9') &&
                k[j] != '_' && k[j] != '-')
                return NULL;
        *len = n;
        return k;
    }
    /* a tail after a tail ("kartennummer_parts", "card_number_groups") goes too */
    for (int tails = 0; w && w->kind == K_TAIL && tails < 2; tails++) {
        if (m <= (size_t)w->n + 2) {
            w = NULL;
            break;
        }
        m -= w->n;
        w = key_ends(f, m);
    }
    if (!w || w->kind == K_TAIL || w->kind == K_SECRET)
        return NULL;
    *len = strlen(labels[w->kind]);
    return labels[w->kind];
}

/* A key word and its length (the tables below are read for every string member: no strlen). */
struct kw {
    const char *w;
    size_t n;
};
#define KWN(w)                                                                                     \
    {                                                                                              \
        w, sizeof(w) - 1                                                                           \
    }

/* JSON members whose value is a person ("fullName"), may be one when it looks it ("name"), or is
 * a birth date ("dob"). Keys are compared folded: lower case, without '_', '-', '.' and spaces,
 * so "fullName", "full_name", "FULL NAME" and "Full-Name" are one key ("Patient Name" is how a CSV
 * header arrives as a key). */
static const struct kw person[] = {
    KWN("accountholder"), KWN("assignee"),     KWN("cardholder"),     KWN("cardholdername"),
    KWN("clientname"),    KWN("contact"),      KWN("contactname"),    KWN("customername"),
    KWN("displayname"),   KWN("employeename"), KWN("familyname"),     KWN("firstname"),
    KWN("fullname"),      KWN("givenname"),    KWN("lastname"),       KWN("maidenname"),
    KWN("middlename"),    KWN("patientname"),  KWN("surname"),        KWN("achternaam"),
    KWN("apellido"),      KWN("apellidos"),    KWN("cognome"),        KWN("nachname"),
    KWN("vorname"),       KWN("voornaam"),     KWN("prenom"),         KWN("pr\303\251nom"),
    KWN("sobrenome"),     KWN("nomecompleto"), KWN("nombrecompleto"), KWN("fname"),
    KWN("lname"),         KWN("realname"),     KWN("sendername")};
/* lists of people: the rewriter passes an array element the array's key */
static const struct kw people[] = {KWN("assignees"),    KWN("attendees"),  KWN("authors"),
                                   KWN("participants"), KWN("recipients"), KWN("reviewers"),
                                   KWN("approvers"),    KWN("contacts"),   KWN("people")};
/* may be a person when the value looks like one */
static const struct kw maybe[] = {KWN("name"),     KWN("author"), KWN("patient"), KWN("customer"),
                                  KWN("employee"), KWN("client"), KWN("nombre"),  KWN("nome"),
                                  KWN("naam"),     KWN("nom")};
/* the value is a birth date when it is a date; matched as the end of the key, so
 * "patientDob" and "customer_birth_date" count */
static const struct kw birth[] = {KWN("dob"),
                                  KWN("birthdate"),
                                  KWN("dateofbirth"),
                                  KWN("birthday"),
                                  KWN("geburtsdatum"),
                                  KWN("geburtstag"),
                                  KWN("datenaissance"),
                                  KWN("datedenaissance"),
                                  KWN("fechanacimiento"),
                                  KWN("fechadenacimiento"),
                                  KWN("datanascita"),
                                  KWN("datadinascita"),
                                  KWN("geboortedatum"),
                                  KWN("datanascimento"),
                                  KWN("datadenascimento")};
/* a street's name or a whole street line ("street": "Hauptstraße", Stripe's "line1" is left to
 * the text's own rules: "line1" names other things too) */
static const struct kw street[] = {KWN("street"),        KWN("streetname"),
                                   KWN("streetaddress"), KWN("streetline"),
                                   KWN("street1"),       KWN("street2"),
                                   KWN("addressline"),   KWN("addressline1"),
                                   KWN("addressline2"),  KWN("address1"),
                                   KWN("address2"),      KWN("strasse"),
                                   KWN("stra\303\237e"), KWN("straat"),
                                   KWN("calle"),         KWN("rue"),
                                   KWN("rua"),           KWN("indirizzo"),
                                   KWN("direccion"),     KWN("direcci\303\263n"),
                                   KWN("endereco"),      KWN("endere\303\247o"),
                                   KWN("billingstreet"), KWN("shippingstreet"),
                                   KWN("mailingstreet"), KWN("gata"),
                                   KWN("gatenavn"),      KWN("vejnavn"),
                                   KWN("vej"),           KWN("gade"),
                                   KWN("katu"),          KWN("adresszeile1"),
                                   KWN("adresszeile2"),  KWN("adresregel1"),
                                   KWN("adresregel2"),   KWN("adressrad1"),
                                   KWN("adresselinje1"), KWN("osoiterivi1")};
/* a house number, a flat, a postcode */
static const struct kw part[] = {
    KWN("housenumber"), KWN("houseno"), KWN("housenr"), KWN("hausnummer"), KWN("hausnr"),
    KWN("huisnummer"), KWN("streetnumber"), KWN("streetno"), KWN("buildingnumber"),
    KWN("apartmentnumber"), KWN("aptnumber"), KWN("flatnumber"), KWN("unitnumber"), KWN("zip"),
    KWN("zipcode"), KWN("postcode"), KWN("postalcode"), KWN("plz"), KWN("postleitzahl"),
    KWN("codepostal"), KWN("codigopostal"), KWN("c\303\263digopostal"), KWN("billingpostalcode"),
    KWN("shippingpostalcode"), KWN("mailingpostalcode"), KWN("billingzip"), KWN("shippingzip"),
    KWN("line2"), /* Stripe's unit line: "Suite 300", "Apt 4B" */
    /* the house number and postcode keys of sv, da, no, fi, it,
     * pl, cs (addr63) */
    KWN("husnummer"), KWN("husnr"), KWN("gatunummer"), KWN("talonumero"), KWN("numerocivico"),
    KWN("nrdomu"), KWN("numerdomu"), KWN("cislopopisne"), KWN("cislodomu"), KWN("postnummer"),
    KWN("postnr"), KWN("postinumero"), KWN("kodpocztowy"), KWN("psc"), KWN("ps\304\215")};
#define KW_LIST(t, hint)                                                                           \
    {                                                                                              \
        t, sizeof(t) / sizeof((t)[0]), hint                                                        \
    }
/* the keys matched whole, in this order (no key is in two lists) */
static const struct kw_list {
    const struct kw *t;
    size_t n;
    int hint;
} exact[] = {KW_LIST(street, ANON_NAMES_HINT_STREET), KW_LIST(part, ANON_NAMES_HINT_ADDR_PART),
             KW_LIST(person, ANON_NAMES_HINT_PERSON), KW_LIST(people, ANON_NAMES_HINT_PERSON),
             KW_LIST(maybe, ANON_NAMES_HINT_NAME)};
#undef KW_LIST

/* member_hint()'s filter, built once from the lists above: a bit for the hash of each key
 * matched whole, and one for the last two bytes of each birth word (a key that ends in no such
 * pair ends in none of them; every birth word has two bytes or more). Most keys ("content",
 * "role") then cost their hash instead of a compare with each of the ~115 words. */
#define HINT_WORDS 32 /* 1024 bits */
static uint32_t hint_set[HINT_WORDS], birth_ends[(256 * 256) / 32];
static pthread_once_t hint_once = PTHREAD_ONCE_INIT;
static atomic_int hint_ready;

static uint32_t kw_hash(const char *f, size_t m)
{
    uint32_t h = (uint32_t)m * 0x9E3779B1u;
    for (size_t i = 0; i < m; i++)
        h = (h ^ (unsigned char)f[i]) * 0x01000193u;
    return h ^ h >> 15;
}

static unsigned end_pair(char a, char b)
{
    return (unsigned)(unsigned char)a << 8 | (unsigned char)b;
}

/* The words of exact[] by their hash (ag61): slot + 1 holds l << 8 | i + 1 of the word's first
 * place in exact[]'s order (a word in two lists keeps the first, as the loop over the lists
 * found it first); linear probing, ~100 words in 256 slots. A key the filter lets through ("name"
 * is in the last list) is then one probe or a few, not a compare with each of the ~115 words. */
#define EXACT_SLOTS 256
static uint16_t exact_slot[EXACT_SLOTS];

static const struct kw *exact_word(uint16_t v, size_t *l)
{
    *l = (size_t)((v - 1) >> 8);
    return &exact[*l].t[(v - 1) & 0xFF];
}

static void hint_index(void)
{
    for (size_t l = 0; l < sizeof exact / sizeof exact[0]; l++)
        for (size_t i = 0; i < exact[l].n; i++) {
            uint32_t h = kw_hash(exact[l].t[i].w, exact[l].t[i].n);
            hint_set[h >> 5 & (HINT_WORDS - 1)] |= 1u << (h & 31);
            size_t k = h & (EXACT_SLOTS - 1), pl;
            for (; exact_slot[k]; k = (k + 1) & (EXACT_SLOTS - 1)) {
                const struct kw *w = exact_word(exact_slot[k], &pl);
                if (w->n == exact[l].t[i].n && memcmp(w->w, exact[l].t[i].w, w->n) == 0)
                    break;
            }
            if (!exact_slot[k])
                exact_slot[k] = (uint16_t)((l << 8 | i) + 1);
        }
    for (size_t i = 0; i < sizeof birth / sizeof birth[0]; i++) {
        unsigned e = end_pair(birth[i].w[birth[i].n - 2], birth[i].w[birth[i].n - 1]);
        birth_ends[e >> 5] |= 1u << (e & 31);
    }
    atomic_store_explicit(&hint_ready, 1, memory_order_release);
}

/* anon_names_birth_key() for the raw keys this thread saw last: a body repeats its keys in every
 * row and object, and reading a key for a birth word costs a few hundred instructions. The memo
 * keeps a 64-bit hash and the length of each key, never its bytes: a key can be a person's name,
 * and nothing of a request may outlive it. */
static int birth_key_memo(const char *k, size_t n)
{
    static _Thread_local struct {
        uint64_t h;
        uint8_t n, yes;
    } memo[64];
    if (n > 40)
        return anon_names_birth_key(k, n);
    uint64_t h = 14695981039346656037ull;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)k[i]) * 1099511628211ull;
    size_t slot = (size_t)(h ^ h >> 32) & 63;
    if (memo[slot].n == n && memo[slot].h == h)
        return memo[slot].yes;
    int yes = anon_names_birth_key(k, n);
    memo[slot].h = h;
    memo[slot].n = (uint8_t)n;
    memo[slot].yes = (uint8_t)yes;
    return yes;
}

int member_hint(const char *k, size_t n)
{
    char f[40];
    size_t m = fold_key(k, n, f);
    if (!m)
        return ANON_NAMES_HINT_NONE;
    if (!atomic_load_explicit(&hint_ready, memory_order_acquire))
        pthread_once(&hint_once, hint_index);
    uint32_t h = kw_hash(f, m);
    unsigned e = m >= 2 ? end_pair(f[m - 2], f[m - 1]) : 0;
    if (hint_set[h >> 5 & (HINT_WORDS - 1)] >> (h & 31) & 1)
        for (size_t q = h & (EXACT_SLOTS - 1), l; exact_slot[q]; q = (q + 1) & (EXACT_SLOTS - 1)) {
            const struct kw *w = exact_word(exact_slot[q], &l);
            if (w->n == m && memcmp(w->w, f, m) == 0)
                return exact[l].hint;
        }
    if (m >= 2 && birth_ends[e >> 5] >> (e & 31) & 1)
        for (size_t i = 0; i < sizeof birth / sizeof birth[0]; i++) {
            size_t bl = birth[i].n;
            if (bl <= m && memcmp(birth[i].w, f + m - bl, bl) == 0)
                return anon_names_animal_key(k, n) ? ANON_NAMES_HINT_NONE : ANON_NAMES_HINT_DOB;
        }
    /* a birth key of another language or form ("datum_narozeni", "szul_datum", "dt_naiss") */
    if (m >= 2 && birth_key_memo(k, n))
        return ANON_NAMES_HINT_DOB;
    return ANON_NAMES_HINT_NONE;
}

int anon_member_hint(const char *key, size_t n)
{
    return member_hint(key, n);
}
