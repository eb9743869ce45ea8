	.arch armv8-a
	.file	"matmul.c"
	.text
	.align	2
	.p2align 4,,11
	.global	matmul
	.type	matmul, %function
matmul:
	mov	w13, w3
	mov	x14, x1
	cmp	w3, 0
	ble	.L1
	sbfiz	x5, x3, 2, 32
	mov	x9, x0
	mov	x10, x2
	add	x6, x0, x5
	sxtw	x11, w3
	mov	w12, 0
	.p2align 3,,7
.L3:
	mov	x8, x14
	mov	x7, 0
	.p2align 3,,7
.L6:
	mov	x1, x8
	mov	x0, x9
	mov	w2, 0
	.p2align 3,,7
.L4:
	ldr	w3, [x1]
	add	x1, x1, x5
	ldr	w4, [x0], 4
	madd	w2, w4, w3, w2
	cmp	x6, x0
	bne	.L4
	str	w2, [x10, x7, lsl 2]
	add	x7, x7, 1
	add	x8, x8, 4
	cmp	x11, x7
	bne	.L6
	add	w12, w12, 1
	add	x10, x10, x5
	add	x9, x9, x5
	add	x6, x6, x5
	cmp	w13, w12
	bne	.L3
.L1:
	ret
	.size	matmul, .-matmul
	.section	.note.GNU-stack,"",@progbits
