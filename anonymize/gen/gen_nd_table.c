/* gen_nd_table.c: build-time generator of anonymize's decimal digit table (nd_table.h).
 *
 * Asks the installed PCRE2 which code points are \p{Nd} (Unicode general category "decimal
 * digit number", whatever Unicode version that PCRE2 carries) and prints the first code point
 * of every run, i.e. each script's zero. Unicode guarantees Nd characters come in contiguous
 * runs of ten ordered 0..9; the generator fails the build if that ever stops holding.
 */
#define PCRE2_CODE_UNIT_WIDTH 32
#include <pcre2.h>
#include <stdio.h>

int main(void)
{
    int ec;
    PCRE2_SIZE eo;
    static const PCRE2_UCHAR32 pat[] = {'^', '\\', 'p', '{', 'N', 'd', '}', '$', 0};
    pcre2_code *re = pcre2_compile(pat, PCRE2_ZERO_TERMINATED, PCRE2_UTF, &ec, &eo, NULL);
    pcre2_match_data *md = re ? pcre2_match_data_create_from_pattern(re, NULL) : NULL;
    if (!md)
        return 1;
    uint32_t runs[256];
    size_t n = 0, len = 0;
    for (uint32_t cp = 0x80; cp <= 0x10FFFF; cp++) {
        if (cp >= 0xD800 && cp <= 0xDFFF)
            continue;
        PCRE2_UCHAR32 s[1] = {cp};
        int is = pcre2_match(re, s, 1, 0, 0, md, NULL) > 0;
        if (is) {
            if (len == 0) {
                if (n == sizeof runs / sizeof runs[0])
                    return 1;
                runs[n++] = cp;
            }
            len++;
        }
        if (!is || cp == 0x10FFFF) {
            if (len % 10 != 0) {
                fprintf(stderr, "gen_nd_table: run at U+%04X has %zu digits\n", runs[n - 1], len);
                return 1;
            }
            /* a run of 20 or 30 is several scripts' zeros back to back */
            for (size_t k = 10; len && k < len; k += 10) {
                if (n == sizeof runs / sizeof runs[0])
                    return 1;
                runs[n] = runs[n - 1] + 10;
                n++;
            }
            len = 0;
        }
    }
    printf("/* nd_table.h: generated at build time by anonymize/gen/gen_nd_table.c from PCRE2's "
           "\\p{Nd}\n * (PCRE2 %d.%d). The zero of every run of ten Unicode decimal digits "
           "above U+007F. */\n",
           PCRE2_MAJOR, PCRE2_MINOR);
    printf("static const uint32_t nd_zero[] = {\n");
    for (size_t i = 0; i < n; i++)
        printf("    0x%05X,\n", runs[i]);
    printf("};\n");
    pcre2_match_data_free(md);
    pcre2_code_free(re);
    return 0;
}
