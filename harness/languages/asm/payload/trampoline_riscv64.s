/* ergon_call: the checking trampoline between the test driver and a candidate (RV64).
 *
 * Same contract as the AArch64 one: the driver stores the candidate in ergon_target and
 * calls ergon_call with the candidate's signature (register arguments only).  Canaries,
 * drawn afresh for every call from ergon_canary, go into s0-s11 and fs0-fs11; sp, gp and
 * tp are recorded.  A changed register ends the program at once through ergon_abi_fail
 * with its bit set (0-11 s0-s11, 12-23 fs0-fs11, 24 sp, 25 gp, 26 tp), after sp/gp/tp are
 * put back so the report can run.  Only t0-t4 are used as scratch, so a0-a7/fa0-fa7 reach
 * the candidate and its results come back untouched.  Linker relaxation is off: it would
 * turn the address loads into gp-relative ones, which a candidate that clobbers gp would
 * break before the check could report it.  ergon_call_site and ergon_call_return mark the
 * call and its return for the counting plugin. */
    .equ    SPREAD, 0x0101010101010101

    .macro plant reg, k
    li      \reg, SPREAD * (\k + 1)
    xor     \reg, \reg, t4
    .endm
    .macro plantf reg, k
    li      t0, SPREAD * (\k + 1)
    xor     t0, t0, t4
    fmv.d.x \reg, t0
    .endm
    .macro check reg, k
    li      t0, SPREAD * (\k + 1)
    xor     t0, t0, t4
    beq     \reg, t0, 1f
    li      t1, 1 << \k
    or      t2, t2, t1
1:
    .endm
    .macro checkf reg, k
    fmv.x.d t3, \reg
    check   t3, \k
    .endm
    .macro checkkept reg, slot, k
    ld      t0, \slot(t3)
    beq     \reg, t0, 1f
    li      t1, 1 << \k
    or      t2, t2, t1
    mv      \reg, t0
1:
    .endm

    .option norelax
    .text
    .globl  ergon_call
    .type   ergon_call, @function
    .p2align 2
ergon_call:
    addi    sp, sp, -208
    sd      ra, 0(sp)
    sd      s0, 8(sp)
    sd      s1, 16(sp)
    sd      s2, 24(sp)
    sd      s3, 32(sp)
    sd      s4, 40(sp)
    sd      s5, 48(sp)
    sd      s6, 56(sp)
    sd      s7, 64(sp)
    sd      s8, 72(sp)
    sd      s9, 80(sp)
    sd      s10, 88(sp)
    sd      s11, 96(sp)
    fsd     fs0, 104(sp)
    fsd     fs1, 112(sp)
    fsd     fs2, 120(sp)
    fsd     fs3, 128(sp)
    fsd     fs4, 136(sp)
    fsd     fs5, 144(sp)
    fsd     fs6, 152(sp)
    fsd     fs7, 160(sp)
    fsd     fs8, 168(sp)
    fsd     fs9, 176(sp)
    fsd     fs10, 184(sp)
    fsd     fs11, 192(sp)
    lla     t3, ergon_saved
    sd      sp, 0(t3)
    sd      gp, 8(t3)
    sd      tp, 16(t3)
    lla     t3, ergon_canary
    ld      t4, 0(t3)
    li      t0, 6364136223846793005
    mul     t4, t4, t0
    li      t0, 1442695040888963407
    add     t4, t4, t0
    sd      t4, 0(t3)
    plant   s0, 0
    plant   s1, 1
    plant   s2, 2
    plant   s3, 3
    plant   s4, 4
    plant   s5, 5
    plant   s6, 6
    plant   s7, 7
    plant   s8, 8
    plant   s9, 9
    plant   s10, 10
    plant   s11, 11
    plantf  fs0, 12
    plantf  fs1, 13
    plantf  fs2, 14
    plantf  fs3, 15
    plantf  fs4, 16
    plantf  fs5, 17
    plantf  fs6, 18
    plantf  fs7, 19
    plantf  fs8, 20
    plantf  fs9, 21
    plantf  fs10, 22
    plantf  fs11, 23
    lla     t0, ergon_target
    ld      t0, 0(t0)
    li      t4, 0
    .globl  ergon_call_site, ergon_call_return
ergon_call_site:
    jalr    t0
ergon_call_return:
    lla     t4, ergon_canary
    ld      t4, 0(t4)
    li      t2, 0
    check   s0, 0
    check   s1, 1
    check   s2, 2
    check   s3, 3
    check   s4, 4
    check   s5, 5
    check   s6, 6
    check   s7, 7
    check   s8, 8
    check   s9, 9
    check   s10, 10
    check   s11, 11
    checkf  fs0, 12
    checkf  fs1, 13
    checkf  fs2, 14
    checkf  fs3, 15
    checkf  fs4, 16
    checkf  fs5, 17
    checkf  fs6, 18
    checkf  fs7, 19
    checkf  fs8, 20
    checkf  fs9, 21
    checkf  fs10, 22
    checkf  fs11, 23
    lla     t3, ergon_saved
    checkkept sp, 0, 24
    checkkept gp, 8, 25
    checkkept tp, 16, 26
    beqz    t2, 2f
    mv      a0, t2
    call    ergon_abi_fail
2:
    ld      ra, 0(sp)
    ld      s0, 8(sp)
    ld      s1, 16(sp)
    ld      s2, 24(sp)
    ld      s3, 32(sp)
    ld      s4, 40(sp)
    ld      s5, 48(sp)
    ld      s6, 56(sp)
    ld      s7, 64(sp)
    ld      s8, 72(sp)
    ld      s9, 80(sp)
    ld      s10, 88(sp)
    ld      s11, 96(sp)
    fld     fs0, 104(sp)
    fld     fs1, 112(sp)
    fld     fs2, 120(sp)
    fld     fs3, 128(sp)
    fld     fs4, 136(sp)
    fld     fs5, 144(sp)
    fld     fs6, 152(sp)
    fld     fs7, 160(sp)
    fld     fs8, 168(sp)
    fld     fs9, 176(sp)
    fld     fs10, 184(sp)
    fld     fs11, 192(sp)
    addi    sp, sp, 208
    ret
    .size   ergon_call, . - ergon_call

    .bss
    .p2align 3
    .globl  ergon_target, ergon_canary
ergon_target:        .skip 8
ergon_canary:        .skip 8
ergon_saved:         .skip 24
    .section .note.GNU-stack,"",@progbits
