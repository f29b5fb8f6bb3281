/* budget: the process-wide budget for body bytes held in memory (maxBufferedBytes).
 *
 * Request bodies are read whole before they are scanned and response pieces wait while they are
 * restored; maxBodyBytes times maxConnections is far more than any host has. Whoever holds body
 * bytes takes them from this budget first and gives them back when it lets go; a take that would
 * pass the limit takes nothing and fails, and the caller answers 503 with Retry-After. One
 * counter for all workers (atomic, no locks).
 */
#include "gateway/core/core.h"

static atomic_size_t used;

int gw_budget_take(size_t limit, size_t n)
{
    size_t cur = atomic_load(&used);
    do {
        if (n > limit || cur > limit - n) {
            return -1;
        }
    } while (!atomic_compare_exchange_weak(&used, &cur, cur + n));
    return 0;
}

void gw_budget_give(size_t n)
{
    if (n) {
        atomic_fetch_sub(&used, n);
    }
}

size_t gw_budget_used(void)
{
    return atomic_load(&used);
}
