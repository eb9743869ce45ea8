	.arch armv8-a
	.file	"parse_long.c"
	.text
	.align	2
	.global	parse_long
	.type	parse_long, %function
parse_long:
	mov	x2, x0
	ldrb	w3, [x0]
	sub	w0, w3, #43
	and	w0, w0, -3
	tst	w0, 255
	bne	.L2
	add	x4, x2, 1
	ldrb	w2, [x2, 1]
	mov	w0, 0
	cbz	w2, .L1
	cmp	w3, 45
	bne	.L14
	mov	w7, 1
	mov	x5, -9223372036854775808
.L4:
	mov	x0, 0
	mov	x6, -3689348814741910324
	movk	x6, 0xcccd, lsl 0
.L5:
	sub	w3, w2, #48
	and	w3, w3, 255
	cmp	w3, 9
	bhi	.L10
	sub	w2, w2, #48
	sxtw	x2, w2
	sub	x3, x5, x2
	umulh	x3, x3, x6
	cmp	x0, x3, lsr 3
	bhi	.L11
	add	x0, x0, x0, lsl 2
	add	x0, x2, x0, lsl 1
	ldrb	w2, [x4, 1]!
	cbnz	w2, .L5
	cmp	w7, 0
	csneg	x0, x0, x0, eq
	str	x0, [x1]
	mov	w0, 1
.L1:
	ret
.L14:
	cset	w7, eq
	mov	x5, 9223372036854775807
	b	.L4
.L10:
	mov	w0, 0
	b	.L1
.L11:
	mov	w0, 0
	b	.L1
.L2:
	mov	w0, 0
	cbz	w3, .L1
	mov	x4, x2
	mov	w2, w3
	mov	w7, 0
	mov	x5, 9223372036854775807
	b	.L4
	.size	parse_long, .-parse_long
	.section	.note.GNU-stack,"",@progbits
