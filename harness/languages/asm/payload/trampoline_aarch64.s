/* ergon_call: the checking trampoline between the test driver and a candidate (AArch64).
 *
 * The driver calls ergon_call with the candidate's own signature (register arguments only)
 * after storing the candidate's address in ergon_target.  The trampoline saves the
 * caller's callee-saved registers, plants canaries in all of them (x19-x29, d8-d15),
 * records sp, calls the candidate with x0-x8/d0-d7 untouched, then compares: any changed
 * register sets its bit in ergon_abi_violation (bits 0-9 x19-x28, 10 x29, 11-18 d8-d15,
 * 19 sp).  sp is restored from the record so the driver survives to report it. */
    .equ    CANARY, 0xC0FFEE5A00000000

    .macro plant reg, k
    ldr     \reg, =CANARY + \k * 0x10101
    .endm
    .macro plantd reg, k
    ldr     x16, =CANARY + \k * 0x10101
    fmov    \reg, x16
    .endm
    .macro check reg, k
    ldr     x10, =CANARY + \k * 0x10101
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
    blr     x16
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
    adrp    x10, ergon_abi_violation
    ldr     x12, [x10, :lo12:ergon_abi_violation]
    orr     x12, x12, x11
    str     x12, [x10, :lo12:ergon_abi_violation]
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
    .globl  ergon_target, ergon_abi_violation
ergon_target:        .skip 8
ergon_abi_violation: .skip 8
ergon_saved_sp:      .skip 8
    .section .note.GNU-stack,"",%progbits
