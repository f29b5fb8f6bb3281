/* fuzz_config: gw_config_load on arbitrary proxy-config.json files and environment values.
 *
 * Input layout: the config file, optionally followed by a NUL byte and environment lines
 * ("HUSH_X=value", one per line). The file is handed over as /proc/self/fd/N of a memfd, so
 * nothing touches the disk. A config that loads is written back out as JSON (to /dev/null) and
 * freed; one that does not must say why.
 */
#include "gateway/core/core.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#define MAX_ENV 32

static int fd = -1;
static FILE *devnull;

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    fd = memfd_create("fuzz_config", 0);
    devnull = fopen("/dev/null", "w");
    if (fd < 0 || !devnull)
        abort();
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const uint8_t *nul = memchr(data, '\0', size);
    size_t flen = nul ? (size_t)(nul - data) : size;
    if (ftruncate(fd, 0) != 0 || pwrite(fd, data, flen, 0) != (ssize_t)flen)
        abort();

    char *envbuf = NULL, *envp[MAX_ENV + 1];
    size_t nenv = 0;
    if (nul) {
        size_t elen = size - flen - 1;
        envbuf = malloc(elen + 1);
        if (!envbuf)
            abort();
        memcpy(envbuf, nul + 1, elen);
        envbuf[elen] = '\0';
        char *save = NULL;
        for (char *l = strtok_r(envbuf, "\n", &save); l && nenv < MAX_ENV;
             l = strtok_r(NULL, "\n", &save))
            envp[nenv++] = l;
    }
    envp[nenv] = NULL;

    char path[64], err[512];
    snprintf(path, sizeof path, "/proc/self/fd/%d", fd);
    err[0] = '\0';
    gw_config_t *c = gw_config_load(path, envp, err, sizeof err);
    if (c) {
        if (gw_config_write_json(c, devnull) != 0)
            abort();
        gw_config_free(c);
    } else if (err[0] == '\0') {
        abort();
    }
    free(envbuf);
    return 0;
}
