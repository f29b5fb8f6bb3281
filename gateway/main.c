#include "gateway/gateway.h"
int main(void) { return 0; }
