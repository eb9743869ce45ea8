	.arch armv8-a
	.file	"is_palindrome.c"
	.text
	.align	2
	.type	alnum, %function
alnum:
	and	w0, w0, 255
	and	w1, w0, -33
	sub	w1, w1, #65
	and	w1, w1, 255
	cmp	w1, 25
	bls	.L3
	sub	w0, w0, #48
	and	w0, w0, 255
	cmp	w0, 9
	cset	w0, ls
.L1:
	ret
.L3:
	mov	w0, 1
	b	.L1
	.size	alnum, .-alnum
	.align	2
	.global	is_palindrome
	.type	is_palindrome, %function
is_palindrome:
	stp	x29, x30, [sp, -64]!
	mov	x29, sp
	str	x23, [sp, 48]
	mov	x23, x0
	bl	strlen
	cbz	x0, .L11
	stp	x19, x20, [sp, 16]
	stp	x21, x22, [sp, 32]
	mov	x22, x0
	mov	x21, 0
	b	.L10
.L16:
	add	x21, x21, 1
	b	.L7
.L17:
	add	x21, x21, 1
.L7:
	cmp	x22, x21
	bls	.L15
.L10:
	ldrb	w19, [x23, x21]
	mov	w0, w19
	bl	alnum
	cbz	w0, .L16
	sub	x22, x22, #1
	ldrb	w20, [x23, x22]
	mov	w0, w20
	bl	alnum
	cbz	w0, .L7
	sub	w1, w19, #65
	and	w1, w1, 255
	add	w0, w19, 32
	and	w0, w0, 255
	cmp	w1, 26
	csel	w19, w0, w19, cc
	sub	w1, w20, #65
	and	w1, w1, 255
	add	w0, w20, 32
	and	w0, w0, 255
	cmp	w1, 26
	csel	w20, w0, w20, cc
	cmp	w20, w19
	beq	.L17
	mov	w0, 0
	ldp	x19, x20, [sp, 16]
	ldp	x21, x22, [sp, 32]
	b	.L4
.L15:
	mov	w0, 1
	ldp	x19, x20, [sp, 16]
	ldp	x21, x22, [sp, 32]
.L4:
	ldr	x23, [sp, 48]
	ldp	x29, x30, [sp], 64
	ret
.L11:
	mov	w0, 1
	b	.L4
	.size	is_palindrome, .-is_palindrome
	.section	.note.GNU-stack,"",@progbits
