/* Placeholder until the module lands. */
typedef int ca_placeholder_t;
