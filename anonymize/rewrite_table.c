/* rewrite_table.c: a JSON array of arrays read as a table whose first row (or first column) names
 * the columns (rows).
 *
 * Spreadsheet APIs hand tables over as `"values": [["Name", "Geburtsdatum"], ["Anna Kovač",
 * "04.03.1987"], ...]` (Google Sheets, by rows, or by columns with `"majorDimension": "COLUMNS"`),
 * and agents pass them on as tool results or arguments. A cell of such an array has no key of its
 * own; its header cell is its key. The walker hands the cells over in document order, so the
 * header row's cells are remembered as they pass (each at most ANON_TABLE_CELL bytes, only those
 * that name a field) and a later row's cell is read as the value of its column's header. By
 * columns (a `"majorDimension": "COLUMNS"` member seen before the array, in the same object), the
 * first cell of each inner array is the header of the cells after it. Nothing here
 * reads ahead, so the same bytes always give the same keys (split walks make the same calls).
 * A header that names a phone ("Telefon", "Mobile", "Tlf.") is kept as well: its column's cells,
 * strings or JSON numbers (num_cb asks anon_table_key too), are read under it as a label.
 */
#include "anonymize/anon_internal.h"
#include "anonymize/json_rewrite.h"
#include "anonymize/names.h"

#include <string.h>

/* A header naming a phone: kept like a field's, but no hint of the names pass. */
#define PHONE_HEAD (-1)

/* The hint of the field text names (a person, a name, a birth date, a street...), PHONE_HEAD for
 * a phone's header, or none. */
static int field_of(const char *s, size_t n)
{
    if (n == 0 || n > ANON_TABLE_CELL)
        return ANON_NAMES_HINT_NONE;
    int h = anon_member_hint(s, n);
    if (h == ANON_NAMES_HINT_NONE)
        h = anon_names_field_hint(s, n);
    size_t ll;
    const char *l;
    if (h == ANON_NAMES_HINT_NONE && (s[0] < '0' || s[0] > '9') &&
        (l = anon_member_label(s, n, &ll)) && l[0] == 'p')
        h = PHONE_HEAD;
    return h;
}

static void keep(anon_table_t *t, char *dst, uint8_t *dlen, const char *s, size_t n, int h)
{
    if (h != ANON_NAMES_HINT_NONE)
        memcpy(dst, s, n);
    *dlen = h != ANON_NAMES_HINT_NONE ? (uint8_t)n : 0;
    if (h != ANON_NAMES_HINT_NONE && h != ANON_NAMES_HINT_NAME && h != PHONE_HEAD)
        t->strong = 1;
}

/* The key for a cell under header h[0..hn): a weak "Name" column of a table that also has a birth,
 * street or name-part column holds people (read as "fullName"). */
static void key_for(const anon_table_t *t, const char *h, size_t hn, const char **key,
                    size_t *key_len)
{
    if (t->strong && field_of(h, hn) == ANON_NAMES_HINT_NAME) {
        *key = "fullName";
        *key_len = 8;
        return;
    }
    *key = h;
    *key_len = hn;
}

int anon_table_key(anon_table_t *t, const anon_json_path_t *path, const char *s, size_t n,
                   const char **key, size_t *key_len)
{
    if (path->depth < 2 || !path->seg[path->depth - 1].in_array ||
        !path->seg[path->depth - 2].in_array)
        return 0;
    const anon_json_seg_t *up = path->depth >= 3 ? &path->seg[path->depth - 3] : NULL;
    size_t r = path->seg[path->depth - 2].index, c = path->seg[path->depth - 1].index;
    if (r == 0 && c == 0) { /* a table's first cell: forget the last table */
        t->in = path->in;
        t->depth = path->depth;
        t->up_key = up ? up->key : NULL;
        t->up_index = up ? up->index : 0;
        memset(t->head_len, 0, sizeof t->head_len);
        t->row = 0;
        t->strong = 0;
        t->columns = t->cols_in == path->in && t->cols_depth + 2 == path->depth;
        t->first_len = 0;
    } else if (t->in != path->in || t->depth != path->depth || t->up_key != (up ? up->key : NULL) ||
               t->up_index != (up ? up->index : 0)) {
        return 0; /* a table whose first cell was no string: left alone */
    }
    int own = field_of(s, n);
    if (c == 0) {
        t->row = r;
        keep(t, t->first, &t->first_len, s, n, own);
    }
    if (r == 0 && c < ANON_TABLE_COLS)
        keep(t, t->head[c], &t->head_len[c], s, n, own);
    if (own != ANON_NAMES_HINT_NONE)
        return 0; /* a header cell itself, by rows or by columns */
    if (!t->columns && r > 0 && c < ANON_TABLE_COLS && t->head_len[c]) {
        key_for(t, t->head[c], t->head_len[c], key, key_len);
        return 1;
    }
    if (t->columns && c > 0 && t->row == r && t->first_len) {
        key_for(t, t->first, t->first_len, key, key_len);
        return 1;
    }
    return 0;
}

void anon_table_major(anon_table_t *t, const anon_json_path_t *path, const char *s, size_t n)
{
    if (n == 7 && memcmp(s, "COLUMNS", 7) == 0) {
        t->cols_in = path->in;
        t->cols_depth = path->depth;
    }
}
