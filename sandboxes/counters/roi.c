/* Region-of-interest markers for the in-sandbox runner, loaded with ctypes.
 * Built once per environment: gcc -O2 -shared -fPIC -o libergonroi.so roi.c
 *
 * Callgrind: client requests (no-ops outside valgrind).
 * QEMU (qemu-host counter): each marker executes one instruction that loads a fixed 64-bit
 * magic constant into a scratch register, a 10-byte encoding no compiler emits by chance and
 * nothing else in the process contains; qemu_roi.c recognises those exact bytes when it
 * translates code.  Executing them needs native code, which the sealed runner refuses the
 * candidate (ctypes, mmap), and any extra marker execution changes the marker sequence the
 * runner checks, so a candidate cannot open, close or fake a region unnoticed. */
#include <valgrind/callgrind.h>

void ergon_start_instrumentation(void) { CALLGRIND_START_INSTRUMENTATION; }
void ergon_zero_stats(void) { CALLGRIND_ZERO_STATS; }
void ergon_dump(const char *label) { CALLGRIND_DUMP_STATS_AT(label); }

#if defined(__x86_64__)
/* movabs $magic, %r11 (49 BB imm64); r11 is caller-saved and clobbered by syscalls anyway.
 * Keep the constants in step with qemu_roi.c. */
#define ERGON_MARK(magic) __asm__ volatile("movabs $" #magic ", %%r11" ::: "r11", "memory")
__attribute__((noinline)) void ergon_qemu_begin(void) { ERGON_MARK(0x4e4947454e4f4752); }
__attribute__((noinline)) void ergon_qemu_end(void) { ERGON_MARK(0x2e444e454e4f4752); }
#endif
