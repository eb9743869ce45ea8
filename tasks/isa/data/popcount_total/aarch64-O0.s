	.arch armv8-a
	.file	"popcount_total.c"
	.text
	.align	2
	.global	popcount_total
	.type	popcount_total, %function
popcount_total:
	sub	sp, sp, #48
	str	x0, [sp, 8]
	str	w1, [sp, 4]
	str	xzr, [sp, 40]
	str	wzr, [sp, 36]
	b	.L2
.L5:
	ldrsw	x0, [sp, 36]
	lsl	x0, x0, 3
	ldr	x1, [sp, 8]
	add	x0, x1, x0
	ldr	x0, [x0]
	str	x0, [sp, 24]
	b	.L3
.L4:
	ldr	x0, [sp, 24]
	sub	x0, x0, #1
	ldr	x1, [sp, 24]
	and	x0, x1, x0
	str	x0, [sp, 24]
	ldr	x0, [sp, 40]
	add	x0, x0, 1
	str	x0, [sp, 40]
.L3:
	ldr	x0, [sp, 24]
	cmp	x0, 0
	bne	.L4
	ldr	w0, [sp, 36]
	add	w0, w0, 1
	str	w0, [sp, 36]
.L2:
	ldr	w1, [sp, 36]
	ldr	w0, [sp, 4]
	cmp	w1, w0
	blt	.L5
	ldr	x0, [sp, 40]
	add	sp, sp, 48
	ret
	.size	popcount_total, .-popcount_total
	.section	.note.GNU-stack,"",@progbits
