/* Ergon's instruction-counting plugin for qemu-user (TCG plugin API v1).
 *
 * Arguments: conf=PATH (the config below), keyfd=N (a pipe holding a nonce, read and closed
 * at install, before any guest code runs) and outfd=M (a pipe to the runner; the report is
 * written there once, at exit, framed by the nonce).  The guest runs in this process and
 * can write to any file descriptor it has, so the runner believes only a report framed by
 * the nonce, which the guest never sees.
 *
 * The config names:
 *   begin ADDR      entry of the marker function called just before the measured region
 *   end ADDR        entry of the marker function called just after the driver's last call
 *   site ADDR       the trampoline's call into the candidate, and
 *   landing ADDR    the instruction it returns to: harness code run between the two is the
 *                   candidate borrowing it, and is counted
 *   cand LO HI      a code range of the candidate (repeatable): counted per address
 *   skip LO HI      a code range of the test harness (repeatable): not counted while the
 *                   harness runs it in the region
 *   prog PATH       the program, and
 *   image LO HI OFF its executable bytes (repeatable): every instruction translated must be
 *                   the program's own, unmodified; code anywhere else is refused
 * The count ("region") is every instruction from the begin marker to the process's exit,
 * except the harness's own code before the end marker when the candidate is not running.
 * Counting is inline (no callback per instruction), so counts are exact and repeatable.
 * A syscall the program has no use for (processes, threads, new programs, opening files,
 * reaching memory by other ways, work done by the kernel: see refused_syscalls) ends the
 * run at once, reported.
 *
 * Report lines: begin_hits, end_hits, region, region_candidate (of which inside cand
 * ranges), candidate_before (candidate instructions run before the begin marker),
 * modified, foreign (instructions changed or outside the image), refused SYSCALL, and
 * covered ADDR (candidate instructions executed before the begin marker). */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "qemu_plugin_v1.h"

QEMU_PLUGIN_EXPORT int qemu_plugin_version = 1;

#define MAX_RANGES 64
#define CHUNK 4096
#define NONCE_LEN 32
#define EXIT_REFUSED 125

typedef struct { uint64_t lo, hi; } range_t;
typedef struct { uint64_t lo, hi, off; unsigned char *bytes; } image_t;
typedef struct { uint64_t vaddr, count, before; } entry_t;
typedef struct chunk { struct chunk *next; size_t used; entry_t e[CHUNK]; } chunk_t;

static range_t cand[MAX_RANGES], skip[MAX_RANGES];
static image_t image[MAX_RANGES];
static int n_cand, n_skip, n_image;
static uint64_t begin_addr = UINT64_MAX, end_addr = UINT64_MAX, site_addr = UINT64_MAX, landing_addr = UINT64_MAX;
static char prog_path[4096];
static char nonce[NONCE_LEN + 1];
static int out_fd = -1;
static pid_t owner_pid;
static chunk_t *chunks;
static uint64_t other;   /* executions of instructions outside cand and skip ranges */
static uint64_t skipped; /* executions of harness instructions (skip ranges) */
static uint64_t begin_hits, end_hits, at_begin, at_begin_cand, skipped_at_end, depth, skipped_at_call, inside_skip;
static uint64_t modified, foreign;
static int64_t refused = -1;
static int reported;

static int in(const range_t *r, int n, uint64_t a) {
    for (int i = 0; i < n; i++)
        if (a >= r[i].lo && a < r[i].hi) return 1;
    return 0;
}

static entry_t *new_entry(uint64_t vaddr) {
    if (!chunks || chunks->used == CHUNK) {
        chunk_t *c = calloc(1, sizeof *c);
        if (!c) abort();
        c->next = chunks;
        chunks = c;
    }
    entry_t *e = &chunks->e[chunks->used++];
    e->vaddr = vaddr;
    return e;
}

static uint64_t cand_total(void) {
    uint64_t s = 0;
    for (chunk_t *c = chunks; c; c = c->next)
        for (size_t i = 0; i < c->used; i++) s += c->e[i].count;
    return s;
}

static void on_begin(unsigned int vcpu, void *u) {
    (void)vcpu; (void)u;
    if (begin_hits++) return;
    for (chunk_t *c = chunks; c; c = c->next)
        for (size_t i = 0; i < c->used; i++) c->e[i].before = c->e[i].count;
    at_begin_cand = cand_total();
    at_begin = at_begin_cand + other;
}

static void on_end(unsigned int vcpu, void *u) {
    (void)vcpu; (void)u;
    if (end_hits++) return;
    skipped_at_end = skipped;
    if (depth) inside_skip += skipped - skipped_at_call; /* a call never returned through the landing */
    depth = 0;
}

static void on_site(unsigned int vcpu, void *u) {
    (void)vcpu; (void)u;
    if (!depth++) skipped_at_call = skipped;
}

static void on_landing(unsigned int vcpu, void *u) {
    (void)vcpu; (void)u;
    if (depth && !--depth && begin_hits && !end_hits) inside_skip += skipped - skipped_at_call;
}

/* Whether the instruction at a is the program's own: inside its image and unmodified. */
static void check_bytes(struct qemu_plugin_insn *insn, uint64_t a) {
    size_t size = qemu_plugin_insn_size(insn);
    for (int i = 0; i < n_image; i++)
        if (a >= image[i].lo && a + size <= image[i].hi) {
            if (memcmp(qemu_plugin_insn_data(insn), image[i].bytes + (a - image[i].lo), size)) modified++;
            return;
        }
    foreign++;
}

static void on_translate(qemu_plugin_id_t id, struct qemu_plugin_tb *tb) {
    (void)id;
    size_t n = qemu_plugin_tb_n_insns(tb);
    for (size_t i = 0; i < n; i++) {
        struct qemu_plugin_insn *insn = qemu_plugin_tb_get_insn(tb, i);
        uint64_t a = qemu_plugin_insn_vaddr(insn);
        check_bytes(insn, a);
        if (a == begin_addr)
            qemu_plugin_register_vcpu_insn_exec_cb(insn, on_begin, QEMU_PLUGIN_CB_NO_REGS, NULL);
        else if (a == end_addr)
            qemu_plugin_register_vcpu_insn_exec_cb(insn, on_end, QEMU_PLUGIN_CB_NO_REGS, NULL);
        if (a == site_addr) {
            qemu_plugin_register_vcpu_insn_exec_cb(insn, on_site, QEMU_PLUGIN_CB_NO_REGS, NULL);
            continue;
        }
        if (a == landing_addr) {
            qemu_plugin_register_vcpu_insn_exec_cb(insn, on_landing, QEMU_PLUGIN_CB_NO_REGS, NULL);
            continue;
        }
        if (in(cand, n_cand, a))
            qemu_plugin_register_vcpu_insn_exec_inline(insn, QEMU_PLUGIN_INLINE_ADD_U64, &new_entry(a)->count, 1);
        else if (in(skip, n_skip, a))
            qemu_plugin_register_vcpu_insn_exec_inline(insn, QEMU_PLUGIN_INLINE_ADD_U64, &skipped, 1);
        else
            qemu_plugin_register_vcpu_insn_exec_inline(insn, QEMU_PLUGIN_INLINE_ADD_U64, &other, 1);
    }
}

static void report(void) {
    if (reported || out_fd < 0 || getpid() != owner_pid) return;
    reported = 1;
    FILE *f = fdopen(out_fd, "w");
    if (!f) return;
    uint64_t region = 0, region_cand = 0;
    if (begin_hits && end_hits) {
        uint64_t c = cand_total();
        region = c + other - at_begin + inside_skip + (skipped - skipped_at_end);
        region_cand = c - at_begin_cand;
    }
    fprintf(f, "ergon-plugin %s\n", nonce);
    fprintf(f, "begin_hits %" PRIu64 "\nend_hits %" PRIu64 "\n", begin_hits, end_hits);
    fprintf(f, "region %" PRIu64 "\nregion_candidate %" PRIu64 "\n", region, region_cand);
    fprintf(f, "candidate_before %" PRIu64 "\nmodified %" PRIu64 "\nforeign %" PRIu64 "\n",
            at_begin_cand, modified, foreign);
    if (refused >= 0) fprintf(f, "refused %" PRId64 "\n", refused);
    for (chunk_t *c = chunks; c; c = c->next)
        for (size_t i = 0; i < c->used; i++)
            if (c->e[i].before) fprintf(f, "covered %" PRIx64 "\n", c->e[i].vaddr);
    fprintf(f, "end %s\n", nonce);
    fclose(f);
}

static void at_exit(qemu_plugin_id_t id, void *u) {
    (void)id; (void)u;
    report();
}

/* Syscalls a counted program has no use for, in the generic table AArch64 and RISC-V share:
 * clone, clone3 (threads and processes: work another plugin instance, or a racing counter,
 * would lose) and execve, execveat (a new program, without the plugin); openat, openat2,
 * open_by_handle_at (files such as /proc/self/mem, which reach qemu's and this plugin's
 * memory) and process_vm_readv/writev, ptrace (the same by another way); socket, socketpair
 * (AF_ALG: the kernel computes hashes and CRCs uncounted), bpf and io_uring_setup (more
 * work in the kernel). */
static const int64_t refused_syscalls[] = {220, 435, 221, 281, 56, 437, 265, 270, 271, 117, 198, 199, 280, 425};

static void on_syscall(qemu_plugin_id_t id, unsigned int vcpu, int64_t num, uint64_t a1, uint64_t a2, uint64_t a3,
                       uint64_t a4, uint64_t a5, uint64_t a6, uint64_t a7, uint64_t a8) {
    (void)id; (void)vcpu; (void)a1; (void)a2; (void)a3; (void)a4; (void)a5; (void)a6; (void)a7; (void)a8;
    for (size_t i = 0; i < sizeof refused_syscalls / sizeof *refused_syscalls; i++)
        if (num == refused_syscalls[i]) {
            refused = num;
            report();
            _exit(EXIT_REFUSED);
        }
}

static int read_image(void) {
    FILE *f = fopen(prog_path, "rb");
    if (!f) return -1;
    for (int i = 0; i < n_image; i++) {
        size_t size = image[i].hi - image[i].lo;
        image[i].bytes = malloc(size ? size : 1);
        if (!image[i].bytes || fseek(f, (long)image[i].off, SEEK_SET) || fread(image[i].bytes, 1, size, f) != size) {
            fclose(f);
            return -1;
        }
    }
    fclose(f);
    return 0;
}

static int read_conf(const char *path) {
    FILE *f = fopen(path, "r");
    if (!f) return -1;
    char key[16];
    while (fscanf(f, "%15s", key) == 1) {
        int ok;
        if (!strcmp(key, "prog")) ok = fscanf(f, "%4095s", prog_path) == 1;
        else if (!strcmp(key, "begin")) ok = fscanf(f, "%" SCNx64, &begin_addr) == 1;
        else if (!strcmp(key, "end")) ok = fscanf(f, "%" SCNx64, &end_addr) == 1;
        else if (!strcmp(key, "site")) ok = fscanf(f, "%" SCNx64, &site_addr) == 1;
        else if (!strcmp(key, "landing")) ok = fscanf(f, "%" SCNx64, &landing_addr) == 1;
        else if (!strcmp(key, "cand") && n_cand < MAX_RANGES)
            ok = fscanf(f, "%" SCNx64 " %" SCNx64, &cand[n_cand].lo, &cand[n_cand].hi) == 2 && ++n_cand;
        else if (!strcmp(key, "skip") && n_skip < MAX_RANGES)
            ok = fscanf(f, "%" SCNx64 " %" SCNx64, &skip[n_skip].lo, &skip[n_skip].hi) == 2 && ++n_skip;
        else if (!strcmp(key, "image") && n_image < MAX_RANGES)
            ok = fscanf(f, "%" SCNx64 " %" SCNx64 " %" SCNx64, &image[n_image].lo, &image[n_image].hi,
                        &image[n_image].off) == 3 && ++n_image;
        else ok = 0;
        if (!ok) { fclose(f); return -1; }
    }
    fclose(f);
    return prog_path[0] && n_image ? read_image() : -1;
}

static int read_nonce(int fd) {
    size_t got = 0;
    while (got < NONCE_LEN) {
        ssize_t r = read(fd, nonce + got, NONCE_LEN - got);
        if (r <= 0) break;
        got += (size_t)r;
    }
    close(fd);
    nonce[got] = '\0';
    return got == NONCE_LEN ? 0 : -1;
}

QEMU_PLUGIN_EXPORT int qemu_plugin_install(qemu_plugin_id_t id, const qemu_info_t *info, int argc, char **argv) {
    (void)info;
    const char *conf = NULL;
    int key_fd = -1;
    for (int i = 0; i < argc; i++) {
        if (!strncmp(argv[i], "conf=", 5)) conf = argv[i] + 5;
        else if (!strncmp(argv[i], "keyfd=", 6)) key_fd = atoi(argv[i] + 6);
        else if (!strncmp(argv[i], "outfd=", 6)) out_fd = atoi(argv[i] + 6);
    }
    if (!conf || read_conf(conf) || key_fd < 0 || out_fd < 0 || read_nonce(key_fd)) {
        fprintf(stderr, "ergon plugin: needs conf=FILE (a valid one), keyfd=N and outfd=M\n");
        return -1;
    }
    owner_pid = getpid();
    qemu_plugin_register_vcpu_tb_trans_cb(id, on_translate);
    qemu_plugin_register_vcpu_syscall_cb(id, on_syscall);
    qemu_plugin_register_atexit_cb(id, at_exit, NULL);
    return 0;
}
