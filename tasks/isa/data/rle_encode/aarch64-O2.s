	.arch armv8-a
	.file	"rle_encode.c"
	.text
	.align	2
	.p2align 4,,11
	.global	rle_encode
	.type	rle_encode, %function
rle_encode:
	mov	x9, x0
	mov	w11, 52429
	mov	x0, 0
	movk	w11, 0xcccc, lsl 16
	ldrb	w3, [x9]
	cbz	w3, .L18
	sub	sp, sp, #16
	mov	x10, sp
	.p2align 3,,7
.L2:
	mov	w4, 0
	.p2align 3,,7
.L4:
	ldrb	w2, [x9, 1]!
	add	w4, w4, 1
	cmp	w2, w3
	beq	.L4
	mov	x5, 1
	strb	w3, [x1, x0]
	.p2align 3,,7
.L5:
	umull	x3, w4, w11
	add	x8, x10, x5
	mov	w7, w4
	mov	x6, x5
	add	x5, x5, 1
	lsr	x3, x3, 35
	add	w2, w3, w3, lsl 2
	sub	w2, w4, w2, lsl 1
	mov	w4, w3
	add	w2, w2, 48
	strb	w2, [x8, -1]
	cmp	w7, 9
	bhi	.L5
	add	x3, x0, 1
	sxtw	x2, w6
	add	x3, x1, x3
	.p2align 3,,7
.L6:
	add	x4, x10, x2
	sub	x2, x2, #1
	ldrb	w4, [x4, -1]
	strb	w4, [x3], 1
	cbnz	w2, .L6
	ldrb	w3, [x9]
	add	w6, w6, 1
	add	x0, x0, w6, sxtw
	cbnz	w3, .L2
	add	x1, x1, x0
	strb	wzr, [x1]
	add	sp, sp, 16
	ret
.L18:
	strb	wzr, [x1]
	ret
	.size	rle_encode, .-rle_encode
	.section	.note.GNU-stack,"",@progbits
