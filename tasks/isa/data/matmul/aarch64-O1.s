	.arch armv8-a
	.file	"matmul.c"
	.text
	.align	2
	.global	matmul
	.type	matmul, %function
matmul:
	mov	x14, x1
	mov	x9, x2
	mov	w13, w3
	cmp	w3, 0
	ble	.L1
	sxtw	x11, w3
	sbfiz	x5, x3, 2, 32
	mov	x10, x0
	add	x6, x0, x5
	mov	w12, 0
.L3:
	mov	x8, x14
	mov	x7, 0
.L6:
	mov	x1, x8
	mov	x0, x10
	mov	w2, 0
.L4:
	ldr	w4, [x0], 4
	ldr	w3, [x1]
	madd	w2, w4, w3, w2
	add	x1, x1, x5
	cmp	x0, x6
	bne	.L4
	str	w2, [x9, x7, lsl 2]
	add	x7, x7, 1
	add	x8, x8, 4
	cmp	x7, x11
	bne	.L6
	add	w12, w12, 1
	add	x9, x9, x5
	add	x10, x10, x5
	add	x6, x6, x5
	cmp	w13, w12
	bne	.L3
.L1:
	ret
	.size	matmul, .-matmul
	.section	.note.GNU-stack,"",@progbits
