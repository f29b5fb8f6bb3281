/* names_hl7.c: people, births and addresses in HL7 version 2 messages pasted into a prompt
 * ("summarise this ADT feed", "why does this ORU fail"). A segment is a line of fields split by
 * '|' and components split by '^': "PID|1||12345^^^MRN||DOE^JOHN^A||19870303|M|||12 MAIN ST^^
 * BOSTON^MA^02110". The walk of names.c reads "DOE^JOHN^A" as no name and "19870303" as no date,
 * so the fields are read by their place in the segment (HL7 v2.5 chapters 3 and 6):
 *
 *   PID  5 patient name, 6 mother's maiden name, 9 alias: PERSON; 7 birth: DATE_OF_BIRTH;
 *        11 address: STREET_ADDRESS
 *   NK1  2 next of kin's name: PERSON; 4 address; 16 birth
 *   GT1  3 guarantor's name: PERSON; 5 address; 8 birth
 *   IN1  16 insured's name: PERSON; 18 birth; 19 address
 *   PV1  7, 8, 9, 17 attending, referring, consulting, admitting doctor: PERSON
 *   ORC  12 ordering provider; OBR 16 ordering provider, 28 copies to: PERSON
 *
 * A field is taken whole (its repetitions and components too), so its token restores it byte
 * for byte. The one thing to know: a line is a segment only when it opens with the segment's
 * three characters and '|', and the name field holds a '^' (HL7's
 * person name is family^given): a pipe-separated log line "PID|1234|nginx|..." is no message.
 * A birth field must be a date (YYYYMMDD, perhaps a time after it). Found by a pass of its own
 * before the walk, after a memchr for '|' that finds none in most texts; nothing allocates. */
#include "anonymize/names_internal.h"

#include <string.h>

enum { F_NAME = 1, F_BIRTH, F_ADDR };

struct hl7_field {
    unsigned char field, kind;
};

struct hl7_seg {
    char id[4];
    unsigned char name_field; /* the field whose '^' makes the line a segment */
    struct hl7_field f[5];
};

static const struct hl7_seg segs[] = {
    {"PID", 5, {{5, F_NAME}, {6, F_NAME}, {7, F_BIRTH}, {9, F_NAME}, {11, F_ADDR}}},
    {"NK1", 2, {{2, F_NAME}, {4, F_ADDR}, {16, F_BIRTH}}},
    {"GT1", 3, {{3, F_NAME}, {5, F_ADDR}, {8, F_BIRTH}}},
    {"IN1", 16, {{16, F_NAME}, {18, F_BIRTH}, {19, F_ADDR}}},
    {"PV1", 7, {{7, F_NAME}, {8, F_NAME}, {9, F_NAME}, {17, F_NAME}}},
    {"ORC", 12, {{12, F_NAME}}},
    {"OBR", 16, {{16, F_NAME}, {28, F_NAME}}},
};

/* The segment whose name opens the line at t[ls] ("PID|"), or NULL. */
static const struct hl7_seg *seg_at(const uint8_t *t, size_t ls, size_t le)
{
    if (le - ls < 4 || t[ls + 3] != '|')
        return NULL;
    for (size_t k = 0; k < sizeof segs / sizeof segs[0]; k++)
        if (memcmp(t + ls, segs[k].id, 3) == 0)
            return &segs[k];
    return NULL;
}

/* Field n of the segment t[ls .. le) (field 0 is the segment's name): *a, *b; 0 if missing. */
static int field(const uint8_t *t, size_t ls, size_t le, unsigned n, size_t *a, size_t *b)
{
    size_t i = ls;
    for (unsigned k = 0; k < n; k++) {
        const uint8_t *p = memchr(t + i, '|', le - i);
        if (!p)
            return 0;
        i = (size_t)(p - t) + 1;
    }
    const uint8_t *p = memchr(t + i, '|', le - i);
    *a = i;
    *b = p ? (size_t)(p - t) : le;
    return 1;
}

/* HL7's date/time: YYYYMMDD, then perhaps hours, minutes, seconds, a fraction and a zone */
static int hl7_date(const uint8_t *t, size_t a, size_t b)
{
    if (b - a < 8)
        return 0;
    for (size_t i = a; i < a + 8; i++)
        if (t[i] < '0' || t[i] > '9')
            return 0;
    unsigned y = (unsigned)((t[a] - '0') * 1000 + (t[a + 1] - '0') * 100 + (t[a + 2] - '0') * 10 +
                            (t[a + 3] - '0'));
    unsigned m = (unsigned)((t[a + 4] - '0') * 10 + (t[a + 5] - '0'));
    unsigned d = (unsigned)((t[a + 6] - '0') * 10 + (t[a + 7] - '0'));
    if (y < 1850 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31)
        return 0;
    for (size_t i = a + 8; i < b; i++)
        if (!((t[i] >= '0' && t[i] <= '9') || t[i] == '.' || t[i] == '+' || t[i] == '-'))
            return 0;
    return 1;
}

/* Does the field hold letters (a name or an address, not "^^^" or a code alone)? */
static int has_letter(const uint8_t *t, size_t a, size_t b)
{
    for (size_t i = a; i < b; i++)
        if (((t[i] | 32) >= 'a' && (t[i] | 32) <= 'z') || t[i] >= 0xC3)
            return 1;
    return 0;
}

static int segment(struct sc *s, const struct hl7_seg *g, size_t ls, size_t le)
{
    const uint8_t *t = s->t;
    size_t a, b, bars = 0;
    for (size_t i = ls; i < le; i++)
        bars += t[i] == '|';
    if (bars < 2 || !field(t, ls, le, g->name_field, &a, &b) || !memchr(t + a, '^', b - a) ||
        !has_letter(t, a, b))
        return 0;
    for (size_t k = 0; k < sizeof g->f / sizeof g->f[0] && g->f[k].field; k++) {
        if (!field(t, ls, le, g->f[k].field, &a, &b) || a == b)
            continue;
        int rc = 0;
        switch (g->f[k].kind) {
        case F_NAME:
            if ((s->kinds & (1u << ANON_NAMES_PERSON)) && has_letter(t, a, b))
                rc = s->emit(s->arg, ANON_NAMES_PERSON, a, b);
            break;
        case F_BIRTH:
            if ((s->kinds & (1u << ANON_NAMES_DOB)) && hl7_date(t, a, b))
                rc = s->emit(s->arg, ANON_NAMES_DOB, a, b);
            break;
        default:
            if ((s->kinds & (1u << ANON_NAMES_ADDRESS)) && has_letter(t, a, b) &&
                memchr(t + a, '^', b - a))
                rc = s->emit(s->arg, ANON_NAMES_ADDRESS, a, b);
            break;
        }
        if (rc < 0)
            return rc;
    }
    return 0;
}

int nw_hl7_fields(struct sc *s)
{
    const uint8_t *t = s->t;
    size_t from = 0, cur = 0;
    /* the '|' of the text from scan()'s table: names_tables.c's header tables read what this
     * walk finds */
    struct nw_hits *h = nw_hits_of(s, '|');
    while (from < s->len) {
        size_t k = nw_hit_from(h, s, '|', &cur, from), ls = k >= 3 ? k - 3 : 0;
        if (k >= s->len)
            return 0;
        /* a segment's first '|' is its line's fourth byte */
        if (k < 3 || (ls > 0 && t[ls - 1] != '\n' && t[ls - 1] != '\r')) {
            from = k + 1;
            continue;
        }
        size_t le = k;
        while (le < s->len && t[le] != '\n' && t[le] != '\r')
            le++;
        const struct hl7_seg *g = seg_at(t, ls, le);
        if (g) {
            int rc = segment(s, g, ls, le);
            if (rc < 0)
                return rc;
        }
        from = le;
    }
    return 0;
}
