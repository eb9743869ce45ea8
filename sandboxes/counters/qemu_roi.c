/* Ergon's region-of-interest counter for a host-ISA program under qemu-user (TCG plugin API v1).
 *
 * Counts every guest instruction of every thread, per translation block (the block's instruction
 * count added on entry; no callback per instruction), and records the count at each execution of
 * a region marker: an instruction sequence that loads one of two magic constants, which only the
 * trusted shim (roi.c) contains.  The marker bytes and the system call numbers are the guest's
 * (qemu's target name, see ISAS): one build of the plugin, the host's, counts any guest it has
 * markers for, and refuses to load for any other.  A marker is recognised only whole within one
 * translation block (roi.c keeps it within a page, where qemu would end a block); the count at a
 * marker, taken at its last instruction, is made exact by subtracting the instructions of its
 * block that follow it.
 *
 * Threads.  qemu-user runs guest threads in parallel, and an inline add (API v1 has one address
 * for all vCPUs) loses increments when two threads race on it.  So the count is inline only while
 * the process has one thread: when a second vCPU is created (in the parent's clone, before the
 * new thread runs) the plugin resets itself — qemu stops every vCPU and flushes the translated
 * code — and from then on each block adds its count to its own vCPU's slot through a callback.
 * No slot has two writers.  Until the reset completes the parent executes no guest code (its
 * pending work runs before its next block), so only the new thread adds to the inline count.
 * A marker reads the inline count plus every slot; an end marker first waits (up to 10 s) until
 * every other thread has made its exit system call (the candidate joined its threads before the
 * region closes; their last instructions, after the join returned, are still theirs), so the count
 * does not depend on scheduling.  A thread still running at a marker is reported ("unjoined").
 *
 * At the process's normal exit it writes qemu-roi.out.<pid> in its working directory, created
 * exclusively (never through a file or link the guest left there), and only from the process that
 * loaded it (a forked guest inherits the plugin, not the right to write):
 *   marks N              markers executed (only the first MAX_MARKS are listed)
 *   begin C / end C      the count at each marker, in order
 *   unjoined K           markers reached while another thread still ran
 *   total C              every instruction of the process
 * The reader checks the marker sequence; an extra marker (a candidate executing the shim's
 * code) makes it wrong, and a killed process writes nothing.
 *
 * qemu-user refuses seccomp to its guest, so the rule the runner's children install everywhere
 * else (no new process or program; threads allowed) is kept here: a guest fork, vfork, execve,
 * execveat or clone without CLONE_THREAD ends the process at once, with no counts.  clone3's
 * flags are in guest memory, which an API-v1 plugin cannot read; the qemu versions with that API
 * answer clone3 with ENOSYS (the C library then falls back to clone), and one that succeeds ends
 * the process as soon as it returns. */
#include <fcntl.h>
#include <inttypes.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "qemu_plugin_v1.h"

QEMU_PLUGIN_EXPORT int qemu_plugin_version = 1;

#define MAX_MARKS 64
#define MAX_VCPUS 1024
#define JOIN_WAIT_MS 10000
#define EXIT_REFUSED 125
#define MAX_MARK_BYTES 16
#define NONE (-1) /* no such system call on this ISA */

/* A guest ISA: its two markers (roi.c) and the numbers of the system calls the plugin watches. */
struct isa {
    const char *target;                                  /* qemu's target name */
    size_t mark_insns, mark_bytes;                       /* a marker's instructions and bytes */
    unsigned char begin[MAX_MARK_BYTES], end[MAX_MARK_BYTES];
    int64_t exit, fork, vfork, execve, execveat, clone, clone3;
};

static const struct isa ISAS[] = {
    /* movabs $0x4e4947454e4f4752 / $0x2e444e454e4f4752, %r11 */
    {"x86_64", 1, 10,
     {0x49, 0xbb, 0x52, 0x47, 0x4f, 0x4e, 0x45, 0x47, 0x49, 0x4e},
     {0x49, 0xbb, 0x52, 0x47, 0x4f, 0x4e, 0x45, 0x4e, 0x44, 0x2e},
     60, 57, 58, 59, 322, 56, 435},
    /* movz x16, #0x4752; movk x16, #0x4e4f, lsl 16; movk x16, #0x4745 / #0x4e45, lsl 32;
     * movk x16, #0x4e49 / #0x2e44, lsl 48 (little-endian words).  No fork or vfork: the C library uses clone. */
    {"aarch64", 4, 16,
     {0x50, 0xea, 0x88, 0xd2, 0xf0, 0xc9, 0xa9, 0xf2, 0xb0, 0xe8, 0xc8, 0xf2, 0x30, 0xc9, 0xe9, 0xf2},
     {0x50, 0xea, 0x88, 0xd2, 0xf0, 0xc9, 0xa9, 0xf2, 0xb0, 0xc8, 0xc9, 0xf2, 0x90, 0xc8, 0xe5, 0xf2},
     93, NONE, NONE, 221, 281, 220, 435},
};
static const struct isa *isa; /* the guest's, set at install */

static uint64_t inline_total;                                 /* while the process has one thread */
static struct { uint64_t n; char pad[56]; } slots[MAX_VCPUS]; /* afterwards: one per vCPU, own cache line */
static int per_vcpu, resetting, vcpus_made;
static int running[MAX_VCPUS]; /* a thread on that vCPU may still execute guest code */
static uint64_t n_marks, unjoined;
static struct { int end; uint64_t at; } marks[MAX_MARKS];
static pid_t owner;
static qemu_plugin_id_t self;

static uint64_t count(void) {
    uint64_t sum = inline_total;
    int made = __atomic_load_n(&vcpus_made, __ATOMIC_ACQUIRE);
    for (int i = 0; i < made && i < MAX_VCPUS; i++) sum += __atomic_load_n(&slots[i].n, __ATOMIC_RELAXED);
    return sum;
}

static void on_block(unsigned int vcpu, void *udata) { slots[vcpu].n += (uintptr_t)udata; }

static int others_running(unsigned int vcpu) {
    int made = __atomic_load_n(&vcpus_made, __ATOMIC_ACQUIRE), n = 0;
    for (int i = 0; i < made && i < MAX_VCPUS; i++) n += i != (int)vcpu && __atomic_load_n(&running[i], __ATOMIC_ACQUIRE);
    return n;
}

/* Wait (bounded) until no other thread can execute guest code; whether none can. */
static int alone(unsigned int vcpu) {
    struct timespec ms = {0, 1000000};
    for (int i = 0; i < JOIN_WAIT_MS && others_running(vcpu); i++) nanosleep(&ms, NULL);
    return !others_running(vcpu);
}

static void on_mark(unsigned int vcpu, void *udata) {
    uintptr_t v = (uintptr_t)udata; /* bit 0: end marker; the rest: instructions after it in its block */
    if (!((v & 1) ? alone(vcpu) : !others_running(vcpu))) unjoined++;
    if (n_marks < MAX_MARKS) {
        marks[n_marks].end = (int)(v & 1);
        marks[n_marks].at = count() - (v >> 1);
    }
    n_marks++;
}

/* Whether the block's instructions from ``first`` on spell ``mark`` exactly. */
static int spells(struct qemu_plugin_tb *tb, size_t n, size_t first, const unsigned char *mark) {
    size_t at = 0;
    for (size_t k = 0; k < isa->mark_insns; k++) {
        if (first + k >= n) return 0;
        struct qemu_plugin_insn *insn = qemu_plugin_tb_get_insn(tb, first + k);
        size_t size = qemu_plugin_insn_size(insn);
        if (at + size > isa->mark_bytes || memcmp(qemu_plugin_insn_data(insn), mark + at, size)) return 0;
        at += size;
    }
    return at == isa->mark_bytes;
}

static void on_translate(qemu_plugin_id_t id, struct qemu_plugin_tb *tb) {
    (void)id;
    size_t n = qemu_plugin_tb_n_insns(tb);
    if (per_vcpu)
        qemu_plugin_register_vcpu_tb_exec_cb(tb, on_block, QEMU_PLUGIN_CB_NO_REGS, (void *)(uintptr_t)n);
    else
        qemu_plugin_register_vcpu_tb_exec_inline(tb, QEMU_PLUGIN_INLINE_ADD_U64, &inline_total, n);
    for (size_t i = 0; i < n; i++) {
        int end = spells(tb, n, i, isa->end);
        if (!end && !spells(tb, n, i, isa->begin)) continue;
        size_t last = i + isa->mark_insns - 1; /* counted at its last instruction: the whole marker is inside */
        qemu_plugin_register_vcpu_insn_exec_cb(qemu_plugin_tb_get_insn(tb, last), on_mark, QEMU_PLUGIN_CB_NO_REGS,
                                               (void *)(uintptr_t)((n - last - 1) << 1 | (size_t)end));
    }
}

#define CLONE_THREAD_FLAG 0x10000

static int is(int64_t num, int64_t nr) { return nr != NONE && num == nr; }

static void on_syscall(qemu_plugin_id_t id, unsigned int vcpu, int64_t num, uint64_t a1, uint64_t a2, uint64_t a3,
                       uint64_t a4, uint64_t a5, uint64_t a6, uint64_t a7, uint64_t a8) {
    (void)id; (void)vcpu; (void)a2; (void)a3; (void)a4; (void)a5; (void)a6; (void)a7; (void)a8;
    /* exit ends one thread: it executes no guest code after it (qemu tells the plugin a vCPU exited only later,
     * from another thread).  clone's flags are its first argument on both ISAs. */
    if (num == isa->exit && vcpu < MAX_VCPUS) __atomic_store_n(&running[vcpu], 0, __ATOMIC_RELEASE);
    if (is(num, isa->fork) || is(num, isa->vfork) || num == isa->execve || num == isa->execveat ||
        (num == isa->clone && !(a1 & CLONE_THREAD_FLAG)))
        _exit(EXIT_REFUSED);
}

static void on_syscall_ret(qemu_plugin_id_t id, unsigned int vcpu, int64_t num, int64_t ret) {
    (void)id; (void)vcpu;
    if (num == isa->clone3 && ret >= 0) _exit(EXIT_REFUSED);
}

static void write_results(qemu_plugin_id_t id, void *udata) {
    (void)id; (void)udata;
    if (getpid() != owner) return;
    char path[64];
    snprintf(path, sizeof path, "qemu-roi.out.%d", (int)owner);
    int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
    if (fd < 0) return;
    dprintf(fd, "marks %" PRIu64 "\n", n_marks);
    for (uint64_t i = 0; i < n_marks && i < MAX_MARKS; i++)
        dprintf(fd, "%s %" PRIu64 "\n", marks[i].end ? "end" : "begin", marks[i].at);
    dprintf(fd, "unjoined %" PRIu64 "\n", unjoined);
    dprintf(fd, "total %" PRIu64 "\n", count());
    close(fd);
}

static void on_vcpu_init(qemu_plugin_id_t id, unsigned int vcpu);

static void register_all(qemu_plugin_id_t id) {
    qemu_plugin_register_vcpu_tb_trans_cb(id, on_translate);
    qemu_plugin_register_vcpu_syscall_cb(id, on_syscall);
    qemu_plugin_register_vcpu_syscall_ret_cb(id, on_syscall_ret);
    qemu_plugin_register_vcpu_init_cb(id, on_vcpu_init);
    qemu_plugin_register_atexit_cb(id, write_results, NULL);
}

/* Runs with every vCPU stopped and the translated code flushed: blocks translated from now on count per vCPU. */
static void on_reset(qemu_plugin_id_t id) {
    register_all(id);
    __atomic_store_n(&per_vcpu, 1, __ATOMIC_RELEASE);
}

static void on_vcpu_init(qemu_plugin_id_t id, unsigned int vcpu) {
    (void)id;
    if (vcpu >= MAX_VCPUS) _exit(EXIT_REFUSED);
    int made = __atomic_load_n(&vcpus_made, __ATOMIC_RELAXED);
    if ((int)vcpu >= made) __atomic_store_n(&vcpus_made, (int)vcpu + 1, __ATOMIC_RELEASE);
    __atomic_store_n(&running[vcpu], 1, __ATOMIC_RELEASE);
    if (others_running(vcpu) == 0 || __atomic_load_n(&per_vcpu, __ATOMIC_ACQUIRE)) return;
    if (!resetting) { /* the first extra thread, created by the only one, which runs no guest code until the reset */
        resetting = 1;
        qemu_plugin_reset(self, on_reset);
        return;
    }
    /* A new thread's own clone before the reset completed (in its system call: qemu's exclusive section does
     * not wait for it): it runs no more guest code until blocks count per vCPU. */
    struct timespec ms = {0, 1000000};
    while (!__atomic_load_n(&per_vcpu, __ATOMIC_ACQUIRE)) nanosleep(&ms, NULL);
}

QEMU_PLUGIN_EXPORT int qemu_plugin_install(qemu_plugin_id_t id, const qemu_info_t *info, int argc, char **argv) {
    for (size_t i = 0; i < sizeof ISAS / sizeof ISAS[0] && !isa; i++)
        if (!strcmp(info->target_name, ISAS[i].target)) isa = &ISAS[i];
    if (!isa) {
        fprintf(stderr, "libergonqemuroi: no region markers for guest %s (only x86_64, aarch64)\n", info->target_name);
        return -1;
    }
    self = id;
    owner = getpid();
    for (int i = 0; i < argc; i++)
        if (!strcmp(argv[i], "count=per-vcpu")) per_vcpu = 1; /* from the first block (for comparisons) */
    register_all(id);
    return 0;
}
