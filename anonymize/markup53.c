/* markup53.c: a spreadsheet row's cell boundary in the detection view (engine_view.c). An xlsx
 * sheet written as XML keeps a form's label and its value in two cells of one row:
 * "<c r=\"A2\" t=\"inlineStr\"><is><t>Mobil</t></is></c><c r=\"B2\"><v>612345678</v></c>" or
 * "<c t=\"str\"><v>Date of birth</v></c><c t=\"str\"><v>21/08/1967</v></c>". The view reads the
 * markup between the two cells' texts as one tab, and between the last cell of a row and the
 * first of the next as one line break, so the label rules see "Mobil\t612345678" as they see a
 * TSV line. Only that exact markup is read so (a cell's and a row's closing and opening tags, the
 * inline-string and value elements), only between two texts; a finding never covers it, as the
 * tab or the line break ends a value. Nothing here keeps any text.
 */
#include "anonymize/markup53.h"

#include <string.h>

/* The elements of a cell boundary: a cell's text (t, is, v), the cell (c) and its row (row). */
enum { X_T = 1, X_IS = 2, X_V = 4, X_C = 8, X_ROW = 16 };

/* One tag at p[i] == '<' of those elements (attributes allowed on an opening c or row, at most
 * 200 bytes, one line): its length, its element in *el, its closing in *close; 0 when it is none.
 */
static size_t cell_tag(const uint8_t *p, size_t i, size_t n, int *el, int *close)
{
    size_t j = i + 1;
    *close = j < n && p[j] == '/';
    j += (size_t)*close;
    size_t s = j;
    while (j < n && j - s < 4 && p[j] >= 'a' && p[j] <= 'z')
        j++;
    size_t l = j - s;
    if (l == 1 && p[s] == 't')
        *el = X_T;
    else if (l == 1 && p[s] == 'v')
        *el = X_V;
    else if (l == 1 && p[s] == 'c')
        *el = X_C;
    else if (l == 2 && p[s] == 'i' && p[s + 1] == 's')
        *el = X_IS;
    else if (l == 3 && memcmp(p + s, "row", 3) == 0)
        *el = X_ROW;
    else
        return 0;
    if (j < n && p[j] == ' ' && !*close && (*el == X_C || *el == X_ROW || *el == X_T))
        while (j < n && j - i < 200 && p[j] != '>' && p[j] != '<' && p[j] != '\n')
            j++;
    return j < n && p[j] == '>' ? j + 1 - i : 0;
}

size_t anon_m53_cell_gap(const uint8_t *p, size_t i, size_t n, int *m)
{
    /* cheap refusals: a cell's text ends with "</t>" or "</v>" after text */
    if (i == 0 || i + 4 >= n || p[i + 1] != '/' || (p[i + 2] != 't' && p[i + 2] != 'v') ||
        p[i + 3] != '>' || p[i - 1] == '>' || p[i - 1] == '\n')
        return 0;
    size_t j = i;
    int closed_c = 0, opened_c = 0, row = 0, opened_text = 0, tags = 0;
    while (j < n && tags < 12) {
        int el, close;
        size_t l = p[j] == '<' ? cell_tag(p, j, n, &el, &close) : 0;
        if (!l) {
            size_t w = j; /* indentation between tags */
            while (w < n && w - j < 32 &&
                   (p[w] == ' ' || p[w] == '\n' || p[w] == '\t' || p[w] == '\r'))
                w++;
            if (w == j || w >= n || p[w] != '<')
                break;
            j = w;
            continue;
        }
        if (el == X_C) {
            if (close ? opened_c || closed_c : !closed_c || opened_c)
                return 0; /* one cell's end, then the next cell's start */
            closed_c |= close;
            opened_c |= !close;
        } else if (el == X_ROW) {
            if (!closed_c || opened_c)
                return 0;
            row = 1;
        } else if (!close) {
            if (!opened_c)
                return 0;
            opened_text |= el == X_T || el == X_V;
        } else if (opened_c) {
            return 0;
        }
        j += l;
        tags++;
    }
    /* the next cell's text follows right away (an empty cell ends the reading) */
    if (!opened_c || !opened_text || j >= n || p[j] == '<' || p[j] == '\n' || p[j] == ' ')
        return 0;
    *m = row ? '\n' : '\t';
    return j - i;
}
