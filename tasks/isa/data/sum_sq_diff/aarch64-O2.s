	.arch armv8-a
	.file	"sum_sq_diff.c"
	.text
	.align	2
	.p2align 4,,11
	.global	sum_sq_diff
	.type	sum_sq_diff, %function
sum_sq_diff:
	movi	v0.2s, #0
	cmp	w2, 0
	ble	.L1
	sbfiz	x3, x2, 2, 32
	mov	x2, 0
	.p2align 3,,7
.L3:
	ldr	s1, [x0, x2]
	ldr	s2, [x1, x2]
	add	x2, x2, 4
	fsub	s1, s1, s2
	fmadd	s0, s1, s1, s0
	cmp	x3, x2
	bne	.L3
.L1:
	ret
	.size	sum_sq_diff, .-sum_sq_diff
	.section	.note.GNU-stack,"",@progbits
