/* names_prec51.c: a patient that is a pet. A vet practice's records name the animal under
 * "Patient" (`"Patient": "Bella"`, `<patient>Luna</patient>`, YAML `patient: Toby`), a key that
 * holds a person in a clinic's records, so names_struct50.c leaves it out of its thing keys. The
 * record tells them apart: a pet's record keys its microchip, species or breed beside it
 * (`"Chip": "981035097518870"`, `species: dog`); a person's record has no such key. A key is read
 * as a whole word of letters followed, after closing quotes, backslashes or spaces, by ':' or '=',
 * or as an XML element's name after '<', within WINDOW bytes either side of the patient's key;
 * the patient's key is read by its head (last) word.
 * Nothing here allocates.
 */
#include "anonymize/names_internal.h"

#include <stdint.h>
#include <string.h>

/* Keys that only an animal's record holds (folded). */
static const char *const pet_key[] = {"chip",    "microchip", "mikrochip", "transponder", "chipnr",
                                      "chip_no", "species",   "breed",     "tierart",     "rasse",
                                      "especie", "specie",    "razza"};
/* A key's head word whose value is the animal when such a key stands beside it (folded). */
static const char *const patient_key[] = {"patient",  "patients",  "paciente",
                                          "paziente", "patientin", "pacjent"};
#define WINDOW 600

static int letter(uint8_t c)
{
    return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || c == '_';
}

/* Does a key of pet_key open at w and end at e (t of len bytes): quotes, backslashes and spaces
 * after it, then ':' or '='; or '<' before it and '>' or a space after it? */
static int pet_key_at(const uint8_t *t, size_t len, size_t w, size_t e)
{
    if (!NW_FOLDED_IN(t, w, e, pet_key))
        return 0;
    if (w > 0 && t[w - 1] == '<')
        return e < len && (t[e] == '>' || t[e] == ' ');
    size_t i = e;
    while (i < len && i - e < 4 && (t[i] == '"' || t[i] == '\\' || t[i] == ' ' || t[i] == '\''))
        i++;
    return i < len && (t[i] == ':' || t[i] == '=');
}

/* Is there a pet's key in t[a .. e)? */
static int pet_key_in(const uint8_t *t, size_t len, size_t a, size_t e)
{
    size_t i = a;
    while (i < e) {
        while (i < e && !letter(t[i]))
            i++;
        size_t w = i;
        while (i < len && letter(t[i]))
            i++;
        if (i > w && i - w <= 11 && (w == 0 || t[w - 1] < 0x80) && pet_key_at(t, len, w, i))
            return 1;
    }
    return 0;
}

int nw_prec51_pet_patient(const uint8_t *t, size_t len, size_t ks, size_t ke)
{
    size_t he = ke;
    while (he > ks && !letter(t[he - 1]))
        he--;
    size_t hs = he;
    while (hs > ks && letter(t[hs - 1]) && t[hs - 1] != '_')
        hs--;
    if (he == hs || !NW_FOLDED_IN(t, hs, he, patient_key))
        return 0;
    size_t a = ks > WINDOW ? ks - WINDOW : 0;
    size_t e = len - ke > WINDOW ? ke + WINDOW : len;
    return pet_key_in(t, len, a, e);
}
