	.arch armv8-a
	.file	"gcd_pairs.c"
	.text
	.align	2
	.type	gcd, %function
gcd:
	sub	sp, sp, #32
	str	w0, [sp, 12]
	str	w1, [sp, 8]
	b	.L2
.L3:
	ldr	w0, [sp, 12]
	ldr	w1, [sp, 8]
	udiv	w2, w0, w1
	ldr	w1, [sp, 8]
	mul	w1, w2, w1
	sub	w0, w0, w1
	str	w0, [sp, 28]
	ldr	w0, [sp, 8]
	str	w0, [sp, 12]
	ldr	w0, [sp, 28]
	str	w0, [sp, 8]
.L2:
	ldr	w0, [sp, 8]
	cmp	w0, 0
	bne	.L3
	ldr	w0, [sp, 12]
	add	sp, sp, 32
	ret
	.size	gcd, .-gcd
	.align	2
	.global	gcd_pairs
	.type	gcd_pairs, %function
gcd_pairs:
	stp	x29, x30, [sp, -48]!
	mov	x29, sp
	str	x0, [sp, 24]
	str	w1, [sp, 20]
	str	xzr, [sp, 40]
	mov	w0, 1
	str	w0, [sp, 36]
	b	.L6
.L7:
	ldrsw	x0, [sp, 36]
	lsl	x0, x0, 2
	sub	x0, x0, #4
	ldr	x1, [sp, 24]
	add	x0, x1, x0
	ldr	w2, [x0]
	ldrsw	x0, [sp, 36]
	lsl	x0, x0, 2
	ldr	x1, [sp, 24]
	add	x0, x1, x0
	ldr	w0, [x0]
	mov	w1, w0
	mov	w0, w2
	bl	gcd
	uxtw	x0, w0
	ldr	x1, [sp, 40]
	add	x0, x1, x0
	str	x0, [sp, 40]
	ldr	w0, [sp, 36]
	add	w0, w0, 1
	str	w0, [sp, 36]
.L6:
	ldr	w1, [sp, 36]
	ldr	w0, [sp, 20]
	cmp	w1, w0
	blt	.L7
	ldr	x0, [sp, 40]
	ldp	x29, x30, [sp], 48
	ret
	.size	gcd_pairs, .-gcd_pairs
	.section	.note.GNU-stack,"",@progbits
