	.arch armv8-a
	.file	"parse_long.c"
	.text
	.align	2
	.p2align 4,,11
	.global	parse_long
	.type	parse_long, %function
parse_long:
	mov	x5, x0
	mov	w0, 253
	ldrb	w2, [x5]
	sub	w3, w2, #43
	tst	w3, w0
	beq	.L2
	mov	w0, 0
	cbz	w2, .L1
.L10:
	mov	w9, 0
	mov	x7, 9223372036854775807
.L4:
	mov	x8, -3689348814741910324
	mov	x3, 0
	movk	x8, 0xcccd, lsl 0
	b	.L5
	.p2align 2,,3
.L18:
	sub	x2, x7, x4
	umulh	x2, x2, x8
	cmp	x3, x2, lsr 3
	bhi	.L12
	ldrb	w2, [x5, 1]!
	add	x3, x4, x6, lsl 1
	cbz	w2, .L17
.L5:
	sub	w2, w2, #48
	add	x6, x3, x3, lsl 2
	and	w0, w2, 255
	sxtw	x4, w2
	cmp	w0, 9
	bls	.L18
.L12:
	mov	w0, 0
.L1:
	ret
	.p2align 2,,3
.L2:
	ldrb	w3, [x5, 1]
	mov	w0, 0
	add	x5, x5, 1
	cbz	w3, .L1
	cmp	w2, 45
	mov	w2, w3
	bne	.L10
	mov	w9, 1
	mov	x7, -9223372036854775808
	b	.L4
	.p2align 2,,3
.L17:
	cmp	w9, 0
	mov	w0, 1
	csneg	x3, x3, x3, eq
	str	x3, [x1]
	ret
	.size	parse_long, .-parse_long
	.section	.note.GNU-stack,"",@progbits
