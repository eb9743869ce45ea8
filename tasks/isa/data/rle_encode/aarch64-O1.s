	.arch armv8-a
	.file	"rle_encode.c"
	.text
	.align	2
	.global	rle_encode
	.type	rle_encode, %function
rle_encode:
	sub	sp, sp, #16
	mov	x7, x0
	ldrb	w3, [x0]
	mov	x0, 0
	mov	x9, sp
	mov	w10, 52429
	movk	w10, 0xcccc, lsl 16
	cbnz	w3, .L2
.L3:
	strb	wzr, [x1, x0]
	add	sp, sp, 16
	ret
.L4:
	add	w4, w4, 1
	ldrb	w2, [x7, 1]!
	cmp	w2, w3
	beq	.L4
.L8:
	add	x6, x0, 1
	strb	w3, [x1, x0]
	mov	x5, 1
.L5:
	add	x8, x5, x9
	umull	x2, w4, w10
	lsr	x2, x2, 35
	add	w3, w2, w2, lsl 2
	sub	w3, w4, w3, lsl 1
	add	w3, w3, 48
	strb	w3, [x8, -1]
	mov	w3, w4
	mov	w4, w2
	mov	x8, x5
	add	x5, x5, 1
	cmp	w3, 9
	bhi	.L5
	cbz	w8, .L10
	sxtw	x2, w8
	add	x3, x1, x6
.L7:
	add	x4, x2, x9
	ldrb	w4, [x4, -1]
	strb	w4, [x3], 1
	sub	x2, x2, #1
	cbnz	w2, .L7
	add	x0, x0, 2
	sub	w8, w8, #1
	add	x0, x8, x0
.L6:
	ldrb	w3, [x7]
	cbz	w3, .L3
.L2:
	ldrb	w2, [x7]
	mov	w4, 0
	cmp	w2, w3
	beq	.L4
	b	.L8
.L10:
	mov	x0, x6
	b	.L6
	.size	rle_encode, .-rle_encode
	.section	.note.GNU-stack,"",@progbits
