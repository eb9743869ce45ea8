	.arch armv8-a
	.file	"sum_sq_diff.c"
	.text
	.align	2
	.global	sum_sq_diff
	.type	sum_sq_diff, %function
sum_sq_diff:
	sub	sp, sp, #48
	str	x0, [sp, 24]
	str	x1, [sp, 16]
	str	w2, [sp, 12]
	str	wzr, [sp, 44]
	str	wzr, [sp, 40]
	b	.L2
.L3:
	ldrsw	x0, [sp, 40]
	lsl	x0, x0, 2
	ldr	x1, [sp, 24]
	add	x0, x1, x0
	ldr	s1, [x0]
	ldrsw	x0, [sp, 40]
	lsl	x0, x0, 2
	ldr	x1, [sp, 16]
	add	x0, x1, x0
	ldr	s0, [x0]
	fsub	s0, s1, s0
	str	s0, [sp, 36]
	ldr	s0, [sp, 36]
	fmul	s0, s0, s0
	ldr	s1, [sp, 44]
	fadd	s0, s1, s0
	str	s0, [sp, 44]
	ldr	w0, [sp, 40]
	add	w0, w0, 1
	str	w0, [sp, 40]
.L2:
	ldr	w1, [sp, 40]
	ldr	w0, [sp, 12]
	cmp	w1, w0
	blt	.L3
	ldr	s0, [sp, 44]
	add	sp, sp, 48
	ret
	.size	sum_sq_diff, .-sum_sq_diff
	.section	.note.GNU-stack,"",@progbits
