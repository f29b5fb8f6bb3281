/* names_spoken52.c: a transcript under the ask that opens a request (branch spoken52). A user
 * pastes a recogniser's text under one line of their own ("Tidy up this call transcript and
 * summarise it:"); that line has capitals, so nw_asr_detect() took the whole text for ordinary
 * prose and the transcript's lower-case names, spoken births and streets went unread. Here the
 * ask is the first line, at most 320 bytes, ending with a colon; what follows it is tested as a
 * transcript on its own (a capital opening it is sentence case, not prose), and names_asr.c
 * reads it at that offset. The one thing to know: the test costs one bounded memchr() for a
 * text nw_asr_detect() refused, and a look at 256 bytes more when the first line ends with ':'. */
#include "anonymize/names_internal.h"
#include "anonymize/names_spoken59.h"

#include <string.h>

size_t nw_spoken52_ask_end(const uint8_t *t, size_t len)
{
    if (len < 100)
        return 0;
    const uint8_t *nl = memchr(t, '\n', len < 320 ? len : 320);
    if (!nl)
        return 0;
    size_t p = (size_t)(nl - t), e = p;
    while (e > 0 && (t[e - 1] == ' ' || t[e - 1] == '\r'))
        e--;
    if (e < 12 || t[e - 1] != ':')
        return 0;
    while (p < len && (t[p] == '\n' || t[p] == '\r' || t[p] == ' '))
        p++;
    return len - p >= 60 ? p : 0;
}

int nw_spoken52_detect(const uint8_t *t, size_t len, int *labelled)
{
    /* prose under an ask ("Here is the log:") has a capital inside a line within its first
     * 256 bytes; a transcript has them only where a line opens (a role, sentence case) */
    int inner = 0;
    for (size_t i = 1, e = len < 256 ? len : 256; i < e && !inner; i++)
        inner = t[i] >= 'A' && t[i] <= 'Z' && t[i - 1] != '\n';
    if (!inner && nw_asr_detect(t, len, labelled))
        return 1;
    /* sentence case only: the capital that opens the transcript ("Deci sunt ...") */
    if (!inner && len > 1 && t[0] >= 'A' && t[0] <= 'Z' && t[1] >= 'a' && t[1] <= 'z' &&
        nw_asr_detect(t + 1, len - 1, labelled))
        return 1;
    *labelled = 0; /* spoken59: truecased (capitals inside its lines), unpunctuated, hesitating */
    return inner && nw_spoken59_truecased(t, len);
}
