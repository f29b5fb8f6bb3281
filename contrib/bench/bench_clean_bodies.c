/* bench_clean_bodies.c: the gateway's rewrite on request bodies of PII-free real text, one body
 * a line (contrib/bench/accuracy/clean_types.py writes them and reads what this prints).
 *
 * Each line is rewritten in its own session as hush scan would (body_find: anon_rewrite, the raw
 * bytes each issued token replaced); every finding is printed as `F LINE TYPE START END` (byte
 * offsets into the line), a body the rewrite refused or could not align as `FAIL LINE`. Values
 * are not printed: the caller reads them from its own copy of the text.
 */
#include "anonymize/anonymize.h"
#include "body_grade.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: bench_clean_bodies BODIES.jsonl\n");
        return 2;
    }
    FILE *fp = fopen(argv[1], "rb");
    if (!fp) {
        fprintf(stderr, "cannot read %s\n", argv[1]);
        return 1;
    }
    anon_config_t cfg = {0};
    char err[256];
    anon_engine_t *e = anon_engine_new(&cfg, err, sizeof err);
    if (!e) {
        fprintf(stderr, "engine: %s\n", err);
        fclose(fp);
        return 1;
    }
    char *line = NULL;
    size_t cap = 0, no = 0;
    ssize_t n;
    while ((n = getline(&line, &cap, fp)) >= 0) {
        while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r'))
            n--;
        anon_finding_t *f = NULL;
        size_t nf = 0;
        if (body_find(e, line, (size_t)n, &f, &nf) != 0) {
            printf("FAIL %zu\n", no);
        } else {
            for (size_t k = 0; k < nf; k++)
                printf("F %zu %s %zu %zu\n", no, anon_engine_type_name(e, f[k].type), f[k].start,
                       f[k].end);
        }
        free(f);
        no++;
    }
    free(line);
    fclose(fp);
    anon_engine_free(e);
    return 0;
}
