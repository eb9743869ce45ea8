/* Region-of-interest markers for the in-sandbox runner, loaded with ctypes.
 * Built once per environment: gcc -O2 -shared -fPIC -o libergonroi.so roi.c
 *
 * Callgrind: client requests (no-ops outside valgrind).
 * QEMU (qemu-host counter): each marker loads one of two fixed 64-bit magic constants into a
 * scratch register with an encoding no compiler emits by chance and nothing else in the process
 * contains (x86-64: one 10-byte instruction; AArch64: a fixed sequence of four); qemu_roi.c
 * recognises those exact bytes when it translates code.  Executing them needs native code, which
 * the sealed runner refuses the candidate (ctypes, mmap), and any extra marker execution changes
 * the marker sequence the runner checks, so a candidate cannot open, close or fake a region
 * unnoticed. */
#include <valgrind/callgrind.h>

void ergon_start_instrumentation(void) { CALLGRIND_START_INSTRUMENTATION; }
void ergon_zero_stats(void) { CALLGRIND_ZERO_STATS; }
void ergon_dump(const char *label) { CALLGRIND_DUMP_STATS_AT(label); }

/* Keep the constants ("RGONEGIN", "RGONEND." read little-endian) in step with qemu_roi.c. */
#if defined(__x86_64__)
/* movabs $magic, %r11 (49 BB imm64); r11 is caller-saved and clobbered by syscalls anyway. */
#define ERGON_MARK(magic) __asm__ volatile("movabs $" #magic ", %%r11" ::: "r11", "memory")
__attribute__((noinline)) void ergon_qemu_begin(void) { ERGON_MARK(0x4e4947454e4f4752); }
__attribute__((noinline)) void ergon_qemu_end(void) { ERGON_MARK(0x2e444e454e4f4752); }
#elif defined(__aarch64__)
/* AArch64 has no 64-bit immediate: the constant is built 16 bits at a time, movz then three movk,
 * into x16 (IP0, the linker's veneer scratch register: any call may clobber it).  Compilers emit
 * such sequences only for constants in the code, and these two are in no program but this one.
 * qemu_roi.c needs the four instructions in one translation block, and qemu ends a block at a
 * page boundary: aligning each function to 64 bytes (it is shorter) keeps it within one page
 * whatever the page size, with or without a BTI/PAC landing pad before the sequence. */
#define ERGON_MARK(h0, h1, h2, h3)                                                                                   \
    __asm__ volatile("movz x16, #" #h0 "\n\tmovk x16, #" #h1 ", lsl 16\n\t"                                        \
                     "movk x16, #" #h2 ", lsl 32\n\tmovk x16, #" #h3 ", lsl 48" ::: "x16", "memory")
__attribute__((noinline, aligned(64))) void ergon_qemu_begin(void) { ERGON_MARK(0x4752, 0x4e4f, 0x4745, 0x4e49); }
__attribute__((noinline, aligned(64))) void ergon_qemu_end(void) { ERGON_MARK(0x4752, 0x4e4f, 0x4e45, 0x2e44); }
#endif
/* Other ISAs get no markers (add them here and in qemu_roi.c): the qemu-host probe refuses such a
 * host (MARKED_MACHINES), and the callgrind requests above still build there. */
