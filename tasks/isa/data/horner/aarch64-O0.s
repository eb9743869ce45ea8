	.arch armv8-a
	.file	"horner.c"
	.text
	.align	2
	.global	horner
	.type	horner, %function
horner:
	sub	sp, sp, #48
	str	x0, [sp, 24]
	str	w1, [sp, 20]
	str	d0, [sp, 8]
	str	xzr, [sp, 40]
	str	wzr, [sp, 36]
	b	.L2
.L3:
	ldr	d1, [sp, 40]
	ldr	d0, [sp, 8]
	fmul	d1, d1, d0
	ldrsw	x0, [sp, 36]
	lsl	x0, x0, 3
	ldr	x1, [sp, 24]
	add	x0, x1, x0
	ldr	d0, [x0]
	fadd	d0, d1, d0
	str	d0, [sp, 40]
	ldr	w0, [sp, 36]
	add	w0, w0, 1
	str	w0, [sp, 36]
.L2:
	ldr	w1, [sp, 36]
	ldr	w0, [sp, 20]
	cmp	w1, w0
	blt	.L3
	ldr	d0, [sp, 40]
	add	sp, sp, 48
	ret
	.size	horner, .-horner
	.section	.note.GNU-stack,"",@progbits
