	.arch armv8-a
	.file	"partitions.c"
	.text
	.align	2
	.p2align 4,,11
	.global	partitions
	.type	partitions, %function
partitions:
	stp	x29, x30, [sp, -256]!
	mov	x29, sp
	stp	x23, x24, [sp, 48]
	cbz	w0, .L28
	stp	x21, x22, [sp, 32]
	cmp	w0, 0
	mov	w21, w1
	ccmp	w1, 0, 4, ge
	ble	.L29
	stp	x27, x28, [sp, 80]
	sub	w27, w0, w1
	mov	w28, w0
	sub	w0, w27, w1
	stp	x19, x20, [sp, 16]
	sub	w0, w0, w1, lsl 2
	mov	w19, w0
	mov	x24, 0
.L27:
	cmp	w27, 0
	cbz	w27, .L3
	blt	.L4
	sub	w2, w28, w21, lsl 2
	sub	w3, w28, w21, lsl 3
	stp	x25, x26, [sp, 64]
	mov	w25, w21
	mov	w23, w19
	mov	w6, w19
	mov	x5, x24
	mov	w21, w3
	mov	x1, 0
	mov	w26, w27
	mov	x19, x1
	mov	w24, w2
	mov	w4, w28
	mov	w3, w25
.L26:
	subs	w0, w26, w25
	cbz	w0, .L5
	bmi	.L6
	mov	w1, w24
	sub	w20, w26, w25, lsl 1
	mov	x9, x5
	mov	w8, w4
	mov	w2, w26
	mov	w4, w24
	mov	w7, w3
	mov	w24, w25
	mov	w28, w21
	mov	w10, w6
	mov	x5, x19
	mov	w26, w23
	mov	w3, w21
	str	w25, [sp, 108]
	mov	w25, w1
	mov	x27, 0
.L25:
	cmp	w20, 0
	cbz	w20, .L7
	blt	.L8
	mov	w1, w26
	mov	w6, w26
	mov	w14, w4
	mov	w4, w23
	mov	w21, w24
	mov	x15, x5
	mov	w26, w20
	mov	w23, w1
	mov	w11, w10
	mov	x5, x27
	mov	x10, x9
	mov	w20, w28
	mov	w9, w8
	mov	w13, w3
	mov	w12, w2
	mov	w8, w7
	mov	w1, w4
	mov	w0, w6
	stp	w25, w24, [sp, 112]
	mov	w24, w25
	mov	x22, 0
.L24:
	cmp	w24, 0
	cbz	w24, .L9
	blt	.L10
	sub	w19, w26, w21, lsl 1
	sub	w4, w26, w21, lsl 2
	mov	x18, x15
	mov	x6, x22
	mov	w15, w14
	mov	w22, w20
	mov	w2, w23
	mov	x17, x5
	mov	w16, w0
	mov	w7, w28
	mov	w14, w1
	stp	w20, w23, [sp, 120]
	mov	w20, w21
	stp	w26, w21, [sp, 128]
	mov	w21, w19
	mov	x25, 0
.L23:
	cmp	w21, 0
	cbz	w21, .L11
	blt	.L12
	mov	w26, w4
	mov	w30, w4
	mov	w27, w22
	mov	w19, w20
	mov	w5, w2
	mov	w3, w21
	mov	x4, x25
	stp	w24, w22, [sp, 136]
	mov	w24, w2
	mov	x28, 0
	str	w20, [sp, 152]
	.p2align 3,,7
.L22:
	cmp	w24, 0
	cbz	w24, .L13
	blt	.L14
	mov	x1, x28
	mov	w25, w27
	mov	w0, w27
	mov	w2, w24
	mov	w28, w3
	mov	x23, 0
	mov	w21, w26
	mov	w20, w19
	mov	w22, w19
	mov	w27, w5
	mov	x24, x23
	mov	x3, x1
	str	w26, [sp, 104]
	.p2align 3,,7
.L21:
	cmp	w21, 0
	cbz	w21, .L15
	blt	.L16
	mov	w23, w25
	mov	w5, w25
	mov	x1, x24
	mov	w25, w0
	mov	w24, w20
	mov	w0, w30
	mov	w30, w21
	mov	w21, w20
	mov	x19, 0
	.p2align 3,,7
.L20:
	cmp	w23, 0
	cbz	w23, .L17
	blt	.L18
	mov	w26, w21
	mov	x20, 0
	stp	w0, w21, [sp, 156]
	mov	x0, x19
	mov	x21, x20
	mov	w19, w23
	mov	w20, w26
	mov	x23, x0
	mov	w26, w16
	str	w22, [sp, 144]
	mov	x22, x17
	str	w2, [sp, 164]
	stp	x18, x6, [sp, 168]
	stp	x4, x3, [sp, 184]
	str	x1, [sp, 200]
	stp	w5, w30, [sp, 208]
	stp	w7, w15, [sp, 216]
	stp	w14, w13, [sp, 224]
	stp	w12, w11, [sp, 232]
	str	x10, [sp, 240]
	stp	w9, w8, [sp, 248]
	.p2align 3,,7
.L19:
	mov	w1, w20
	sub	w0, w19, w20
	bl	partitions
	add	x21, x21, x0
	subs	w20, w20, #1
	bne	.L19
	mov	x17, x22
	ldr	w22, [sp, 144]
	str	x23, [sp, 144]
	mov	w23, w19
	ldp	x18, x6, [sp, 168]
	mov	x20, x21
	ldr	x19, [sp, 144]
	mov	w16, w26
	ldp	x4, x3, [sp, 184]
	add	x19, x19, x20
	ldr	x1, [sp, 200]
	ldr	x10, [sp, 240]
	ldp	w0, w21, [sp, 156]
	ldr	w2, [sp, 164]
	ldp	w5, w30, [sp, 208]
	ldp	w7, w15, [sp, 216]
	ldp	w14, w13, [sp, 224]
	ldp	w12, w11, [sp, 232]
	ldp	w9, w8, [sp, 248]
.L18:
	add	w23, w23, 1
	subs	w21, w21, #1
	bne	.L20
	mov	w20, w24
	mov	w21, w30
	add	x24, x1, x19
	mov	w30, w0
	mov	w0, w25
	mov	w25, w5
.L16:
	add	w21, w21, 1
	add	w25, w25, 2
	subs	w20, w20, #1
	bne	.L21
	mov	x23, x24
	mov	w5, w27
	ldr	w26, [sp, 104]
	mov	w27, w0
	mov	x0, x3
	mov	w19, w22
	mov	w3, w28
	mov	w24, w2
	add	x28, x0, x23
.L14:
	add	w24, w24, 1
	add	w26, w26, 2
	add	w27, w27, 3
	subs	w19, w19, #1
	bne	.L22
	mov	x25, x4
	ldr	w20, [sp, 152]
	ldp	w24, w22, [sp, 136]
	mov	w2, w5
	mov	w21, w3
	mov	w4, w30
	add	x25, x25, x28
.L12:
	add	w21, w21, 1
	add	w2, w2, 2
	add	w4, w4, 3
	add	w22, w22, 4
	subs	w20, w20, #1
	bne	.L23
	ldp	w20, w23, [sp, 120]
	mov	w1, w14
	ldp	w26, w21, [sp, 128]
	mov	w14, w15
	mov	x5, x17
	mov	w0, w16
	mov	w28, w7
	mov	x15, x18
	add	x22, x6, x25
.L10:
	add	w24, w24, 1
	add	w23, w23, 3
	add	w20, w20, 5
	subs	w21, w21, #1
	bne	.L24
	mov	x27, x5
	mov	w20, w26
	ldp	w25, w24, [sp, 112]
	mov	w7, w8
	mov	x5, x15
	mov	w8, w9
	mov	w26, w0
	mov	x9, x10
	mov	w4, w14
	mov	w23, w1
	mov	w3, w13
	mov	w2, w12
	mov	w10, w11
	add	x27, x27, x22
.L8:
	add	w20, w20, 1
	add	w25, w25, 2
	add	w26, w26, 4
	add	w28, w28, 6
	subs	w24, w24, #1
	bne	.L25
	mov	x19, x5
	ldr	w25, [sp, 108]
	mov	w24, w4
	mov	w21, w3
	mov	w26, w2
	mov	w6, w10
	mov	x5, x9
	mov	w4, w8
	mov	w3, w7
	add	x19, x19, x27
.L6:
	add	w24, w24, 3
	add	w23, w23, 5
	add	w21, w21, 7
	subs	w25, w25, #1
	bne	.L26
.L41:
	mov	w27, w26
	mov	x1, x19
	ldp	x25, x26, [sp, 64]
	mov	w19, w6
	mov	w28, w4
	mov	w21, w3
	add	x24, x5, x1
.L4:
	add	w27, w27, 1
	add	w19, w19, 6
	subs	w21, w21, #1
	bne	.L27
.L42:
	ldp	x19, x20, [sp, 16]
	ldp	x21, x22, [sp, 32]
	ldp	x27, x28, [sp, 80]
.L1:
	mov	x0, x24
	ldp	x23, x24, [sp, 48]
	ldp	x29, x30, [sp], 256
	ret
	.p2align 2,,3
.L17:
	add	x19, x19, 1
	b	.L18
.L13:
	add	x28, x28, 1
	b	.L14
.L11:
	add	x25, x25, 1
	b	.L12
.L15:
	add	x24, x24, 1
	b	.L16
.L9:
	add	x22, x22, 1
	b	.L10
.L5:
	add	x19, x19, 1
	add	w24, w24, 3
	add	w23, w23, 5
	add	w21, w21, 7
	subs	w25, w25, #1
	bne	.L26
	b	.L41
	.p2align 2,,3
.L7:
	add	x27, x27, 1
	b	.L8
.L3:
	add	x24, x24, 1
	add	w27, w27, 1
	add	w19, w19, 6
	subs	w21, w21, #1
	bne	.L27
	b	.L42
.L28:
	mov	x24, 1
	mov	x0, x24
	ldp	x23, x24, [sp, 48]
	ldp	x29, x30, [sp], 256
	ret
.L29:
	ldp	x21, x22, [sp, 32]
	mov	x24, 0
	b	.L1
	.size	partitions, .-partitions
	.section	.note.GNU-stack,"",@progbits
