/* Callgrind client requests for the in-sandbox runner, loaded with ctypes.
 * Built once per environment: gcc -O2 -shared -fPIC -o libergonroi.so roi.c
 * Outside valgrind every request is a no-op. */
#include <valgrind/callgrind.h>

void ergon_start_instrumentation(void) { CALLGRIND_START_INSTRUMENTATION; }
void ergon_zero_stats(void) { CALLGRIND_ZERO_STATS; }
void ergon_dump(const char *label) { CALLGRIND_DUMP_STATS_AT(label); }
