	.arch armv8-a
	.file	"parse_long.c"
	.text
	.align	2
	.global	parse_long
	.type	parse_long, %function
parse_long:
	sub	sp, sp, #48
	str	x0, [sp, 8]
	str	x1, [sp]
	str	wzr, [sp, 44]
	ldr	x0, [sp, 8]
	ldrb	w0, [x0]
	cmp	w0, 43
	beq	.L2
	ldr	x0, [sp, 8]
	ldrb	w0, [x0]
	cmp	w0, 45
	bne	.L3
.L2:
	ldr	x0, [sp, 8]
	add	x1, x0, 1
	str	x1, [sp, 8]
	ldrb	w0, [x0]
	cmp	w0, 45
	cset	w0, eq
	and	w0, w0, 255
	str	w0, [sp, 44]
.L3:
	ldr	x0, [sp, 8]
	ldrb	w0, [x0]
	cmp	w0, 0
	bne	.L4
	mov	w0, 0
	b	.L5
.L4:
	ldr	w0, [sp, 44]
	cmp	w0, 0
	beq	.L6
	mov	x0, -9223372036854775808
	b	.L7
.L6:
	mov	x0, 9223372036854775807
.L7:
	str	x0, [sp, 24]
	str	xzr, [sp, 32]
	b	.L8
.L12:
	ldr	x0, [sp, 8]
	ldrb	w0, [x0]
	cmp	w0, 47
	bls	.L9
	ldr	x0, [sp, 8]
	ldrb	w0, [x0]
	cmp	w0, 57
	bls	.L10
.L9:
	mov	w0, 0
	b	.L5
.L10:
	ldr	x0, [sp, 8]
	ldrb	w0, [x0]
	sub	w0, w0, #48
	sxtw	x0, w0
	str	x0, [sp, 16]
	ldr	x1, [sp, 24]
	ldr	x0, [sp, 16]
	sub	x1, x1, x0
	mov	x0, -3689348814741910324
	movk	x0, 0xcccd, lsl 0
	umulh	x0, x1, x0
	lsr	x0, x0, 3
	ldr	x1, [sp, 32]
	cmp	x1, x0
	bls	.L11
	mov	w0, 0
	b	.L5
.L11:
	ldr	x1, [sp, 32]
	mov	x0, x1
	lsl	x0, x0, 2
	add	x0, x0, x1
	lsl	x0, x0, 1
	mov	x1, x0
	ldr	x0, [sp, 16]
	add	x0, x0, x1
	str	x0, [sp, 32]
	ldr	x0, [sp, 8]
	add	x0, x0, 1
	str	x0, [sp, 8]
.L8:
	ldr	x0, [sp, 8]
	ldrb	w0, [x0]
	cmp	w0, 0
	bne	.L12
	ldr	w0, [sp, 44]
	cmp	w0, 0
	beq	.L13
	ldr	x0, [sp, 32]
	neg	x0, x0
	b	.L14
.L13:
	ldr	x0, [sp, 32]
.L14:
	ldr	x1, [sp]
	str	x0, [x1]
	mov	w0, 1
.L5:
	add	sp, sp, 48
	ret
	.size	parse_long, .-parse_long
	.section	.note.GNU-stack,"",@progbits
