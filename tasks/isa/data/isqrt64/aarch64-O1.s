	.arch armv8-a
	.file	"isqrt64.c"
	.text
	.align	2
	.global	isqrt64
	.type	isqrt64, %function
isqrt64:
	mov	x2, x0
	mov	x0, 4611686018427387903
	cmp	x2, x0
	bhi	.L8
	mov	x1, 4611686018427387904
.L3:
	lsr	x1, x1, 2
	cmp	x2, x1
	bcc	.L3
	cbz	x1, .L12
.L2:
	mov	x0, 0
	b	.L7
.L8:
	mov	x1, 4611686018427387904
	b	.L2
.L5:
	lsr	x0, x0, 1
.L6:
	lsr	x1, x1, 2
	cbz	x1, .L4
.L7:
	add	x3, x0, x1
	cmp	x3, x2
	bhi	.L5
	sub	x2, x2, x3
	add	x0, x1, x0, lsr 1
	b	.L6
.L12:
	mov	x0, x1
.L4:
	ret
	.size	isqrt64, .-isqrt64
	.section	.note.GNU-stack,"",@progbits
