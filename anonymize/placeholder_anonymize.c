/* Placeholder until the module lands. */
typedef int anonymize_placeholder_t;
