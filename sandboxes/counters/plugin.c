/* Ergon's instruction-counting plugin for qemu-user (TCG plugin API v1).
 *
 * Reads a config file (argument conf=PATH) naming:
 *   out PATH        where to write the results at exit
 *   begin ADDR      entry of the marker function called just before the measured region
 *   end ADDR        entry of the marker function called just after it
 *   cand LO HI      a code range of the candidate (repeatable): counted per address
 *   skip LO HI      a code range of the test harness (repeatable): never counted
 * Every other executed instruction (the candidate's and whatever it calls, e.g. libc)
 * is counted.  Counting is inline (no callback per instruction), so counts are exact and
 * repeatable; only the two marker instructions get a callback.
 *
 * Output lines: begin_hits N, end_hits N, region N (instructions between the markers),
 * region_candidate N (of which inside cand ranges), covered ADDR (candidate instruction
 * addresses executed before the first begin marker, i.e. by the tests). */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "qemu_plugin_v1.h"

QEMU_PLUGIN_EXPORT int qemu_plugin_version = 1;

#define MAX_RANGES 64
#define CHUNK 4096

typedef struct { uint64_t lo, hi; } range_t;
typedef struct { uint64_t vaddr, count, before; } entry_t;
typedef struct chunk { struct chunk *next; size_t used; entry_t e[CHUNK]; } chunk_t;

static range_t cand[MAX_RANGES], skip[MAX_RANGES];
static int n_cand, n_skip;
static uint64_t begin_addr = UINT64_MAX, end_addr = UINT64_MAX;
static char out_path[4096];
/* Opened at install, before any guest code runs, and written only by that process: a
 * candidate that forks, or writes the results file by its path, cannot replace the counts. */
static FILE *out_file;
static pid_t owner_pid;
static chunk_t *chunks;
static uint64_t other;            /* executions of counted instructions outside cand */
static uint64_t begin_hits, end_hits, at_begin, at_begin_cand, region, region_cand;
static int measuring, measured;

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
    if (begin_hits++ || measured) return;
    for (chunk_t *c = chunks; c; c = c->next)
        for (size_t i = 0; i < c->used; i++) c->e[i].before = c->e[i].count;
    at_begin_cand = cand_total();
    at_begin = at_begin_cand + other;
    measuring = 1;
}

static void on_end(unsigned int vcpu, void *u) {
    (void)vcpu; (void)u;
    end_hits++;
    if (!measuring) return;
    uint64_t c = cand_total();
    region_cand = c - at_begin_cand;
    region = c + other - at_begin;
    measuring = 0;
    measured = 1;
}

static void on_translate(qemu_plugin_id_t id, struct qemu_plugin_tb *tb) {
    (void)id;
    size_t n = qemu_plugin_tb_n_insns(tb);
    for (size_t i = 0; i < n; i++) {
        struct qemu_plugin_insn *insn = qemu_plugin_tb_get_insn(tb, i);
        uint64_t a = qemu_plugin_insn_vaddr(insn);
        if (a == begin_addr)
            qemu_plugin_register_vcpu_insn_exec_cb(insn, on_begin, QEMU_PLUGIN_CB_NO_REGS, NULL);
        else if (a == end_addr)
            qemu_plugin_register_vcpu_insn_exec_cb(insn, on_end, QEMU_PLUGIN_CB_NO_REGS, NULL);
        if (in(cand, n_cand, a))
            qemu_plugin_register_vcpu_insn_exec_inline(insn, QEMU_PLUGIN_INLINE_ADD_U64, &new_entry(a)->count, 1);
        else if (!in(skip, n_skip, a))
            qemu_plugin_register_vcpu_insn_exec_inline(insn, QEMU_PLUGIN_INLINE_ADD_U64, &other, 1);
    }
}

static void write_results(qemu_plugin_id_t id, void *u) {
    (void)id; (void)u;
    FILE *f = out_file;
    if (!f || getpid() != owner_pid) return;
    rewind(f);
    if (ftruncate(fileno(f), 0) != 0) return;
    fprintf(f, "begin_hits %" PRIu64 "\nend_hits %" PRIu64 "\n", begin_hits, end_hits);
    fprintf(f, "region %" PRIu64 "\nregion_candidate %" PRIu64 "\n", region, region_cand);
    for (chunk_t *c = chunks; c; c = c->next)
        for (size_t i = 0; i < c->used; i++)
            if (c->e[i].before) fprintf(f, "covered %" PRIx64 "\n", c->e[i].vaddr);
    fclose(f);
}

static int read_conf(const char *path) {
    FILE *f = fopen(path, "r");
    if (!f) return -1;
    char key[16];
    while (fscanf(f, "%15s", key) == 1) {
        int ok;
        if (!strcmp(key, "out")) ok = fscanf(f, "%4095s", out_path) == 1;
        else if (!strcmp(key, "begin")) ok = fscanf(f, "%" SCNx64, &begin_addr) == 1;
        else if (!strcmp(key, "end")) ok = fscanf(f, "%" SCNx64, &end_addr) == 1;
        else if (!strcmp(key, "cand") && n_cand < MAX_RANGES)
            ok = fscanf(f, "%" SCNx64 " %" SCNx64, &cand[n_cand].lo, &cand[n_cand].hi) == 2 && ++n_cand;
        else if (!strcmp(key, "skip") && n_skip < MAX_RANGES)
            ok = fscanf(f, "%" SCNx64 " %" SCNx64, &skip[n_skip].lo, &skip[n_skip].hi) == 2 && ++n_skip;
        else ok = 0;
        if (!ok) { fclose(f); return -1; }
    }
    fclose(f);
    return out_path[0] ? 0 : -1;
}

QEMU_PLUGIN_EXPORT int qemu_plugin_install(qemu_plugin_id_t id, const qemu_info_t *info, int argc, char **argv) {
    (void)info;
    const char *conf = NULL;
    for (int i = 0; i < argc; i++)
        if (!strncmp(argv[i], "conf=", 5)) conf = argv[i] + 5;
    if (!conf || read_conf(conf)) {
        fprintf(stderr, "ergon plugin: missing or bad conf=FILE\n");
        return -1;
    }
    out_file = fopen(out_path, "w");
    if (!out_file) {
        fprintf(stderr, "ergon plugin: cannot open %s\n", out_path);
        return -1;
    }
    owner_pid = getpid();
    qemu_plugin_register_vcpu_tb_trans_cb(id, on_translate);
    qemu_plugin_register_atexit_cb(id, write_results, NULL);
    return 0;
}
