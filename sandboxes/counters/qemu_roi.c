/* Ergon's region-of-interest counter for a host-ISA program under qemu-user (TCG plugin API v1).
 *
 * Counts every guest instruction (inline, per translation block: no callback per instruction)
 * and records the running count at each execution of a region marker: the 10-byte instruction
 * `movabs $MAGIC, %r11` with one of the two magic constants below, which only the trusted shim
 * (roi.c) contains.  The count at a marker is made exact by subtracting the instructions of its
 * block that follow it (the block's count was added on entry).
 *
 * At the process's normal exit it writes qemu-roi.out.<pid> in its working directory, created
 * exclusively (never through a file or link the guest left there), and only from the process that
 * loaded it (a forked guest inherits the plugin, not the right to write):
 *   marks N              markers executed (only the first MAX_MARKS are listed)
 *   begin C / end C      the count at each marker, in order
 *   total C              every instruction of the process
 * The reader checks the marker sequence; an extra marker (a candidate executing the shim's
 * code) makes it wrong, and a killed process writes nothing.
 *
 * qemu-user refuses seccomp to its guest, so the rule the runner's children install everywhere
 * else (no new process or program; threads allowed) is kept here: a guest fork, vfork, execve,
 * execveat, clone without CLONE_THREAD or clone3 ends the process at once, with no counts.  A
 * plugin cannot read clone3's flags, and the C library starts threads with it, so threads end
 * the process too; the inline count is shared by all threads, which could undercount them. */
#include <fcntl.h>
#include <inttypes.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "qemu_plugin_v1.h"

QEMU_PLUGIN_EXPORT int qemu_plugin_version = 1;

#define MAX_MARKS 64
static const unsigned char BEGIN[10] = {0x49, 0xbb, 0x52, 0x47, 0x4f, 0x4e, 0x45, 0x47, 0x49, 0x4e};
static const unsigned char END[10] = {0x49, 0xbb, 0x52, 0x47, 0x4f, 0x4e, 0x45, 0x4e, 0x44, 0x2e};

static uint64_t total, n_marks;
static struct { int end; uint64_t at; } marks[MAX_MARKS];
static pid_t owner;

static void on_mark(unsigned int vcpu, void *udata) {
    (void)vcpu;
    uintptr_t v = (uintptr_t)udata; /* bit 0: end marker; the rest: instructions after it in its block */
    if (n_marks < MAX_MARKS) {
        marks[n_marks].end = (int)(v & 1);
        marks[n_marks].at = total - (v >> 1);
    }
    n_marks++;
}

static void on_translate(qemu_plugin_id_t id, struct qemu_plugin_tb *tb) {
    (void)id;
    size_t n = qemu_plugin_tb_n_insns(tb);
    qemu_plugin_register_vcpu_tb_exec_inline(tb, QEMU_PLUGIN_INLINE_ADD_U64, &total, n);
    for (size_t i = 0; i < n; i++) {
        struct qemu_plugin_insn *insn = qemu_plugin_tb_get_insn(tb, i);
        if (qemu_plugin_insn_size(insn) != sizeof BEGIN) continue;
        const void *data = qemu_plugin_insn_data(insn);
        int end = !memcmp(data, END, sizeof END);
        if (end || !memcmp(data, BEGIN, sizeof BEGIN))
            qemu_plugin_register_vcpu_insn_exec_cb(insn, on_mark, QEMU_PLUGIN_CB_NO_REGS,
                                                   (void *)(uintptr_t)((n - i - 1) << 1 | (size_t)end));
    }
}

#define CLONE_THREAD_FLAG 0x10000
#define EXIT_REFUSED 125

static void on_syscall(qemu_plugin_id_t id, unsigned int vcpu, int64_t num, uint64_t a1, uint64_t a2, uint64_t a3,
                       uint64_t a4, uint64_t a5, uint64_t a6, uint64_t a7, uint64_t a8) {
    (void)id; (void)vcpu; (void)a2; (void)a3; (void)a4; (void)a5; (void)a6; (void)a7; (void)a8;
    /* x86-64 numbers: fork 57, vfork 58, execve 59, execveat 322, clone3 435, clone 56 */
    if (num == 57 || num == 58 || num == 59 || num == 322 || num == 435 || (num == 56 && !(a1 & CLONE_THREAD_FLAG)))
        _exit(EXIT_REFUSED);
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
    dprintf(fd, "total %" PRIu64 "\n", total);
    close(fd);
}

QEMU_PLUGIN_EXPORT int qemu_plugin_install(qemu_plugin_id_t id, const qemu_info_t *info, int argc, char **argv) {
    (void)info; (void)argc; (void)argv;
    owner = getpid();
    qemu_plugin_register_vcpu_tb_trans_cb(id, on_translate);
    qemu_plugin_register_vcpu_syscall_cb(id, on_syscall);
    qemu_plugin_register_atexit_cb(id, write_results, NULL);
    return 0;
}
