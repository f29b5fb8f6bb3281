typedef int gw_placeholder_t;
