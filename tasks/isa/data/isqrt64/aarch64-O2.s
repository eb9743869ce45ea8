	.arch armv8-a
	.file	"isqrt64.c"
	.text
	.align	2
	.p2align 4,,11
	.global	isqrt64
	.type	isqrt64, %function
isqrt64:
	mov	x1, 4611686018427387903
	cmp	x0, x1
	mov	x1, 4611686018427387904
	bhi	.L2
	.p2align 3,,7
.L3:
	lsr	x1, x1, 2
	cmp	x0, x1
	bcc	.L3
	cbz	x1, .L12
.L2:
	mov	x2, 0
	.p2align 3,,7
.L6:
	add	x3, x2, x1
	lsr	x2, x2, 1
	cmp	x0, x3
	bcc	.L5
	sub	x0, x0, x3
	add	x2, x2, x1
.L5:
	lsr	x1, x1, 2
	cbnz	x1, .L6
	mov	w0, w2
	ret
	.p2align 2,,3
.L12:
	mov	w0, 0
	ret
	.size	isqrt64, .-isqrt64
	.section	.note.GNU-stack,"",@progbits
