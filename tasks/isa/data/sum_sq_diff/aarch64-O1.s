	.arch armv8-a
	.file	"sum_sq_diff.c"
	.text
	.align	2
	.global	sum_sq_diff
	.type	sum_sq_diff, %function
sum_sq_diff:
	cmp	w2, 0
	ble	.L4
	sbfiz	x3, x2, 2, 32
	mov	x2, 0
	movi	v0.2s, #0
.L3:
	ldr	s1, [x0, x2]
	ldr	s2, [x1, x2]
	fsub	s1, s1, s2
	fmul	s1, s1, s1
	fadd	s0, s0, s1
	add	x2, x2, 4
	cmp	x2, x3
	bne	.L3
.L1:
	ret
.L4:
	movi	v0.2s, #0
	b	.L1
	.size	sum_sq_diff, .-sum_sq_diff
	.section	.note.GNU-stack,"",@progbits
