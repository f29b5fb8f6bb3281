/* mark: the bypass mark (transparentBypassMark) on hush's own outbound sockets in transparent mode,
 * so the TPROXY rules (cli/transparent_rules.c) never divert them back to hush. */
#include "gateway/net/net.h"

#include <errno.h>
#include <stdatomic.h>
#include <string.h>
#include <sys/socket.h>

int gw_tp_mark_socket(const gw_boot_t *c, int fd)
{
    static atomic_int warned;
    if (!c->transparent_listen) {
        return 0;
    }
    unsigned mark = c->transparent_bypass_mark;
    if (setsockopt(fd, SOL_SOCKET, SO_MARK, &mark, sizeof(mark)) == 0) {
        return 0;
    }
    int e = errno;
    if (atomic_exchange(&warned, 1) == 0) {
        gw_log(GW_LOG_ERROR,
               "event=bypass_mark_failed mark=0x%x error=\"%s\" hint=\"SO_MARK needs "
               "CAP_NET_ADMIN; without the mark hush's own connections would be diverted to "
               "itself, so they are refused\"",
               mark, strerror(e));
    }
    errno = e;
    return -1;
}
