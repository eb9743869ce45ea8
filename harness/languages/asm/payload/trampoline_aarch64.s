/* ergon_call: the checking trampoline between the test driver and a candidate (AArch64).
 *
 * The driver calls ergon_call with the candidate's own signature (register arguments only)
 * after storing the candidate's address in ergon_target.  The trampoline saves the
 * caller's callee-saved registers, plants canaries in all of them (x19-x29, d8-d15),
 * records sp, calls the candidate with x0-x8/d0-d7 untouched, then compares.  Canaries are
 * drawn afresh for every call from ergon_canary (an LCG step; the driver seeds it), so a
 * candidate cannot put back a known constant instead of preserving a register.  Any
 * changed register ends the program at once through ergon_abi_fail (bits 0-9 x19-x28,
 * 10 x29, 11-18 d8-d15, 19 sp; sp is restored first so the report can run): the candidate
 * gets no later call in which to hide it.  ergon_call_site and ergon_call_return mark the
 * call and its return for the counting plugin. */
    .equ    SPREAD, 0x0101010101010101

    .macro plant reg, k
    ldr     \reg, =SPREAD * (\k + 1)
    eor     \reg, \reg, x17
    .endm
    .macro plantd reg, k
    ldr     x16, =SPREAD * (\k + 1)
    eor     x16, x16, x17
    fmov    \reg, x16
    .endm
    .macro check reg, k
    ldr     x10, =SPREAD * (\k + 1)
    eor     x10, x10, x12
    cmp     \reg, x10
    b.eq    1f
    orr     x11, x11, #(1 << \k)
1:
    .endm
    .macro checkd reg, k
    fmov    x9, \reg
    check   x9, \k
    .endm

    .text
    .globl  ergon_call
    .type   ergon_call, %function
    .p2align 2
ergon_call:
    stp     x29, x30, [sp, #-160]!
    stp     x19, x20, [sp, #16]
    stp     x21, x22, [sp, #32]
    stp     x23, x24, [sp, #48]
    stp     x25, x26, [sp, #64]
    stp     x27, x28, [sp, #80]
    stp     d8, d9, [sp, #96]
    stp     d10, d11, [sp, #112]
    stp     d12, d13, [sp, #128]
    stp     d14, d15, [sp, #144]
    adrp    x16, ergon_saved_sp
    mov     x17, sp
    str     x17, [x16, :lo12:ergon_saved_sp]
    adrp    x15, ergon_canary
    ldr     x17, [x15, :lo12:ergon_canary]
    ldr     x16, =6364136223846793005
    ldr     x14, =1442695040888963407
    madd    x17, x17, x16, x14
    str     x17, [x15, :lo12:ergon_canary]
    plant   x19, 0
    plant   x20, 1
    plant   x21, 2
    plant   x22, 3
    plant   x23, 4
    plant   x24, 5
    plant   x25, 6
    plant   x26, 7
    plant   x27, 8
    plant   x28, 9
    plant   x29, 10
    plantd  d8, 11
    plantd  d9, 12
    plantd  d10, 13
    plantd  d11, 14
    plantd  d12, 15
    plantd  d13, 16
    plantd  d14, 17
    plantd  d15, 18
    adrp    x16, ergon_target
    ldr     x16, [x16, :lo12:ergon_target]
    .globl  ergon_call_site, ergon_call_return
    mov     x17, xzr
ergon_call_site:
    blr     x16
ergon_call_return:
    adrp    x12, ergon_canary
    ldr     x12, [x12, :lo12:ergon_canary]
    mov     x11, #0
    check   x19, 0
    check   x20, 1
    check   x21, 2
    check   x22, 3
    check   x23, 4
    check   x24, 5
    check   x25, 6
    check   x26, 7
    check   x27, 8
    check   x28, 9
    check   x29, 10
    checkd  d8, 11
    checkd  d9, 12
    checkd  d10, 13
    checkd  d11, 14
    checkd  d12, 15
    checkd  d13, 16
    checkd  d14, 17
    checkd  d15, 18
    adrp    x10, ergon_saved_sp
    ldr     x10, [x10, :lo12:ergon_saved_sp]
    mov     x9, sp
    cmp     x9, x10
    b.eq    1f
    orr     x11, x11, #(1 << 19)
    mov     sp, x10
1:
    cbz     x11, 2f
    mov     x0, x11
    bl      ergon_abi_fail
2:
    ldp     x19, x20, [sp, #16]
    ldp     x21, x22, [sp, #32]
    ldp     x23, x24, [sp, #48]
    ldp     x25, x26, [sp, #64]
    ldp     x27, x28, [sp, #80]
    ldp     d8, d9, [sp, #96]
    ldp     d10, d11, [sp, #112]
    ldp     d12, d13, [sp, #128]
    ldp     d14, d15, [sp, #144]
    ldp     x29, x30, [sp], #160
    ret
    .size   ergon_call, . - ergon_call
    .ltorg

    .bss
    .p2align 3
    .globl  ergon_target, ergon_canary
ergon_target:        .skip 8
ergon_canary:        .skip 8
ergon_saved_sp:      .skip 8
    .section .note.GNU-stack,"",%progbits
