	.arch armv8-a
	.file	"count_words.c"
	.text
	.align	2
	.global	count_words
	.type	count_words, %function
count_words:
	sub	sp, sp, #32
	str	x0, [sp, 8]
	str	wzr, [sp, 28]
	str	wzr, [sp, 24]
	b	.L2
.L7:
	ldr	x0, [sp, 8]
	ldrb	w0, [x0]
	cmp	w0, 32
	beq	.L3
	ldr	x0, [sp, 8]
	ldrb	w0, [x0]
	cmp	w0, 9
	beq	.L3
	ldr	x0, [sp, 8]
	ldrb	w0, [x0]
	cmp	w0, 10
	beq	.L3
	ldr	x0, [sp, 8]
	ldrb	w0, [x0]
	cmp	w0, 13
	beq	.L3
	ldr	x0, [sp, 8]
	ldrb	w0, [x0]
	cmp	w0, 11
	beq	.L3
	ldr	x0, [sp, 8]
	ldrb	w0, [x0]
	cmp	w0, 12
	bne	.L4
.L3:
	mov	w0, 1
	b	.L5
.L4:
	mov	w0, 0
.L5:
	str	w0, [sp, 20]
	ldr	w0, [sp, 20]
	cmp	w0, 0
	bne	.L6
	ldr	w0, [sp, 24]
	cmp	w0, 0
	bne	.L6
	ldr	w0, [sp, 28]
	add	w0, w0, 1
	str	w0, [sp, 28]
.L6:
	ldr	w0, [sp, 20]
	cmp	w0, 0
	cset	w0, eq
	and	w0, w0, 255
	str	w0, [sp, 24]
	ldr	x0, [sp, 8]
	add	x0, x0, 1
	str	x0, [sp, 8]
.L2:
	ldr	x0, [sp, 8]
	ldrb	w0, [x0]
	cmp	w0, 0
	bne	.L7
	ldr	w0, [sp, 28]
	add	sp, sp, 32
	ret
	.size	count_words, .-count_words
	.section	.note.GNU-stack,"",@progbits
