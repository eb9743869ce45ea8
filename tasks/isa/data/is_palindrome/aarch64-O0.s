	.arch armv8-a
	.file	"is_palindrome.c"
	.text
	.align	2
	.type	alnum, %function
alnum:
	sub	sp, sp, #16
	strb	w0, [sp, 15]
	ldrb	w0, [sp, 15]
	cmp	w0, 96
	bls	.L2
	ldrb	w0, [sp, 15]
	cmp	w0, 122
	bls	.L3
.L2:
	ldrb	w0, [sp, 15]
	cmp	w0, 64
	bls	.L4
	ldrb	w0, [sp, 15]
	cmp	w0, 90
	bls	.L3
.L4:
	ldrb	w0, [sp, 15]
	cmp	w0, 47
	bls	.L5
	ldrb	w0, [sp, 15]
	cmp	w0, 57
	bhi	.L5
.L3:
	mov	w0, 1
	b	.L7
.L5:
	mov	w0, 0
.L7:
	add	sp, sp, 16
	ret
	.size	alnum, .-alnum
	.align	2
	.type	lower, %function
lower:
	sub	sp, sp, #16
	strb	w0, [sp, 15]
	ldrb	w0, [sp, 15]
	cmp	w0, 64
	bls	.L9
	ldrb	w0, [sp, 15]
	cmp	w0, 90
	bhi	.L9
	ldrb	w0, [sp, 15]
	add	w0, w0, 32
	and	w0, w0, 255
	b	.L10
.L9:
	ldrb	w0, [sp, 15]
.L10:
	add	sp, sp, 16
	ret
	.size	lower, .-lower
	.align	2
	.global	is_palindrome
	.type	is_palindrome, %function
is_palindrome:
	stp	x29, x30, [sp, -64]!
	mov	x29, sp
	str	x19, [sp, 16]
	str	x0, [sp, 40]
	str	xzr, [sp, 56]
	ldr	x0, [sp, 40]
	bl	strlen
	str	x0, [sp, 48]
	b	.L13
.L18:
	ldr	x1, [sp, 40]
	ldr	x0, [sp, 56]
	add	x0, x1, x0
	ldrb	w0, [x0]
	bl	alnum
	cmp	w0, 0
	bne	.L14
	ldr	x0, [sp, 56]
	add	x0, x0, 1
	str	x0, [sp, 56]
	b	.L13
.L14:
	ldr	x0, [sp, 48]
	sub	x0, x0, #1
	ldr	x1, [sp, 40]
	add	x0, x1, x0
	ldrb	w0, [x0]
	bl	alnum
	cmp	w0, 0
	bne	.L15
	ldr	x0, [sp, 48]
	sub	x0, x0, #1
	str	x0, [sp, 48]
	b	.L13
.L15:
	ldr	x1, [sp, 40]
	ldr	x0, [sp, 56]
	add	x0, x1, x0
	ldrb	w0, [x0]
	bl	lower
	and	w19, w0, 255
	ldr	x0, [sp, 48]
	sub	x0, x0, #1
	ldr	x1, [sp, 40]
	add	x0, x1, x0
	ldrb	w0, [x0]
	bl	lower
	and	w0, w0, 255
	cmp	w19, w0
	beq	.L16
	mov	w0, 0
	b	.L17
.L16:
	ldr	x0, [sp, 56]
	add	x0, x0, 1
	str	x0, [sp, 56]
	ldr	x0, [sp, 48]
	sub	x0, x0, #1
	str	x0, [sp, 48]
.L13:
	ldr	x1, [sp, 56]
	ldr	x0, [sp, 48]
	cmp	x1, x0
	bcc	.L18
	mov	w0, 1
.L17:
	ldr	x19, [sp, 16]
	ldp	x29, x30, [sp], 64
	ret
	.size	is_palindrome, .-is_palindrome
	.section	.note.GNU-stack,"",@progbits
