/* Placeholder until the module lands. */
typedef int domains_placeholder_t;
