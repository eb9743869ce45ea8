	.arch armv8-a
	.file	"is_palindrome.c"
	.text
	.align	2
	.p2align 4,,11
	.global	is_palindrome
	.type	is_palindrome, %function
is_palindrome:
	stp	x29, x30, [sp, -32]!
	mov	x29, sp
	str	x19, [sp, 16]
	mov	x19, x0
	bl	strlen
	cbz	x0, .L10
	mov	x3, 0
	.p2align 3,,7
.L9:
	ldrb	w2, [x19, x3]
	and	w1, w2, -33
	sub	w1, w1, #65
	and	w1, w1, 255
	cmp	w1, 25
	bls	.L3
	sub	w1, w2, #48
	and	w1, w1, 255
	cmp	w1, 9
	bhi	.L16
	sub	x0, x0, #1
	ldrb	w4, [x19, x0]
	and	w1, w4, -33
	sub	w1, w1, #65
	and	w1, w1, 255
	cmp	w1, 25
	bls	.L13
	sub	w1, w4, #48
	and	w1, w1, 255
	cmp	w1, 9
	bhi	.L5
.L7:
	cmp	w4, w2
	bne	.L13
.L16:
	add	x3, x3, 1
.L5:
	cmp	x0, x3
	bhi	.L9
.L10:
	ldr	x19, [sp, 16]
	mov	w0, 1
	ldp	x29, x30, [sp], 32
	ret
	.p2align 2,,3
.L3:
	sub	x0, x0, #1
	sub	w1, w2, #65
	and	w5, w1, 255
	ldrb	w4, [x19, x0]
	and	w1, w4, -33
	sub	w1, w1, #65
	and	w1, w1, 255
	cmp	w1, 25
	bls	.L6
	sub	w1, w4, #48
	and	w1, w1, 255
	cmp	w1, 9
	bhi	.L5
	cmp	w5, 25
	bhi	.L7
.L13:
	ldr	x19, [sp, 16]
	mov	w0, 0
	ldp	x29, x30, [sp], 32
	ret
	.p2align 2,,3
.L6:
	sub	w1, w4, #65
	add	w6, w2, 32
	cmp	w5, 26
	and	w6, w6, 255
	and	w5, w1, 255
	add	w1, w4, 32
	csel	w2, w6, w2, cc
	and	w1, w1, 255
	cmp	w5, 26
	csel	w4, w1, w4, cc
	b	.L7
	.size	is_palindrome, .-is_palindrome
	.section	.note.GNU-stack,"",@progbits
