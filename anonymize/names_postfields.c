/* names_postfields.c: an address's next field in structured text: a form's next line, a JSON
 * object's next key, a YAML mapping's next indented key, an XML element's next sibling
 * ("\nCity: Berlin", ", \"zip\": \"10115\"", "\n    zip: \"60614\"",
 * "</street>\n<city>Berlin"). nw_addr_tail (names_postal.c) asks it after every part of the
 * block.
 *
 * Only a key that names an address field joins the block, so a record's other fields (a name, a
 * phone, an e-mail) stay out of it; the keys between the values are inside the one finding, so
 * one token stands for the block and restore brings it back whole.
 */
#include "anonymize/names_internal.h"

#include <string.h>

/* The keys of a form's or a JSON object's address fields, folded. */
static const char *const field_keys[] = {"zip",
                                         "zip code",
                                         "zipcode",
                                         "zip_code",
                                         "postcode",
                                         "post code",
                                         "postal code",
                                         "postalcode",
                                         "postal_code",
                                         "plz",
                                         "postleitzahl",
                                         "code postal",
                                         "codepostal",
                                         "code_postal",
                                         "cp",
                                         "c\303\263digo postal",
                                         "codigo postal",
                                         "cap",
                                         "postcode",
                                         "city",
                                         "town",
                                         "ort",
                                         "stadt",
                                         "wohnort",
                                         "ville",
                                         "ciudad",
                                         "localidad",
                                         "citt\303\240",
                                         "citta",
                                         "comune",
                                         "plaats",
                                         "woonplaats",
                                         "state",
                                         "province",
                                         "provincia",
                                         "region",
                                         "county",
                                         "bundesland",
                                         "kanton",
                                         "country",
                                         "land",
                                         "pays",
                                         "pa\303\255s",
                                         "pais",
                                         "paese",
                                         "nazione",
                                         "apt",
                                         "apartment",
                                         "unit",
                                         "suite",
                                         "floor",
                                         "etage",
                                         "address line 2",
                                         "address2",
                                         "address_2",
                                         "cep",
                                         "cidade",
                                         "bairro",
                                         "estado",
                                         "localidade",
                                         "codigo_postal",
                                         "c\303\263digo_postal",
                                         "kod pocztowy",
                                         "kod_pocztowy",
                                         "miasto",
                                         "kraj",
                                         "postnummer",
                                         "postnr",
                                         "postort",
                                         "poststed",
                                         "pincode",
                                         "pin code",
                                         "provincie",
                                         "c.p."};

/* Is the folded key an address field's ("plz", "city", "code postal")? */
int nw_field_key(const char *key)
{
    return NW_ONE_OF(key, field_keys);
}

/* The next field of a form or a JSON object after an address that ends at end, when its key is
 * an address field's ("\nPostcode: 10115", "\nCity: Berlin", ", \"city\": \"Berlin\""): the
 * value's end, or 0. */
size_t nw_field_after(const struct sc *s, size_t end)
{
    const uint8_t *t = s->t;
    size_t p = end;
    int json = p < s->len && t[p] == '"', xml = 0;
    if (json) { /* "street": "Hauptstraße 5", "zip": "10115" */
        p++;
        while (p < s->len && (t[p] == ' ' || t[p] == ',' || t[p] == '\n' || t[p] == '\r'))
            p++;
        if (p >= s->len || t[p] != '"' || p == end + 1)
            return 0;
        p++;
    } else if (p + 1 < s->len && t[p] == '<' && t[p + 1] == '/') {
        size_t q = p + 2; /* XML: "Hauptstraße 5</street>\n  <city>Berlin</city>" */
        while (q < s->len && q - p < 24 && (is_alnum(t[q]) || t[q] == '_' || t[q] == '-'))
            q++;
        if (q >= s->len || t[q] != '>')
            return 0;
        q++;
        while (q < s->len && (t[q] == ' ' || t[q] == '\t' || t[q] == '\n' || t[q] == '\r'))
            q++;
        if (q >= s->len || t[q] != '<')
            return 0;
        p = q + 1;
        xml = 1;
    } else { /* a form's next line: "Postcode: 10115", a YAML key: "\n    zip: \"60614\"" */
        if (p < s->len && t[p] == '\r')
            p++;
        if (p >= s->len || t[p] != '\n')
            return 0;
        p++;
        while (p < s->len && (t[p] == ' ' || t[p] == '\t' || t[p] == '-' || t[p] == '*'))
            p++;
    }
    size_t k = p;
    while (k < s->len && k - p < 20 &&
           (is_alnum(t[k]) || t[k] == ' ' || t[k] == '_' || t[k] >= 0x80))
        k++;
    size_t ke = k;
    while (ke > p && t[ke - 1] == ' ')
        ke--;
    char kb[24];
    if (ke == p || !NW_ONE_OF(nw_fold_span(s, p, ke, kb, sizeof kb), field_keys))
        return 0;
    if (xml) { /* the value, to the end tag: "<postcode>98101</postcode>" */
        if (ke != k || k >= s->len || t[k] != '>')
            return 0;
        size_t v = ++k;
        while (v < s->len && v - k <= 48 && t[v] != '<' && t[v] != '\n')
            v++;
        if (v == k || v >= s->len || t[v] != '<')
            return 0;
        return is_alnum(t[k]) || t[k] >= 0x80 ? v : 0;
    }
    if (json && (k >= s->len || t[k] != '"'))
        return 0;
    k += json;
    if (k >= s->len || t[k] != ':')
        return 0;
    k++;
    while (k < s->len && (t[k] == ' ' || t[k] == '\t'))
        k++;
    if (json && (k >= s->len || t[k++] != '"'))
        return 0;
    uint8_t quote = 0; /* YAML's quoted value: "zip: \"60614\"", "plz: '10115'" */
    if (!json && k < s->len && (t[k] == '"' || t[k] == '\''))
        quote = t[k++];
    size_t v = k; /* the value, to the quote or the line's end */
    while (v < s->len && v - k <= 48 && t[v] != '\n' && t[v] != '\r' && t[v] != '"' &&
           !(quote && t[v] == quote))
        v++;
    if (v == k || v - k > 48 || ((json || quote) && (v >= s->len || t[v] != (quote ? quote : '"'))))
        return 0;
    while (v > k && t[v - 1] == ' ')
        v--;
    return is_alnum(t[k]) || t[k] >= 0x80 ? v + (quote != 0) : 0;
}
