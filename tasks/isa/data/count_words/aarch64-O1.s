	.arch armv8-a
	.file	"count_words.c"
	.text
	.align	2
	.global	count_words
	.type	count_words, %function
count_words:
	mov	x3, x0
	ldrb	w1, [x0]
	cbz	w1, .L7
	mov	w2, 0
	mov	w0, 0
	mov	w4, 1
	b	.L6
.L3:
	cmp	w1, 32
	bne	.L5
	mov	w2, w4
.L4:
	eor	w2, w2, 1
	ldrb	w1, [x3, 1]!
	cbz	w1, .L1
.L6:
	cmp	w1, 13
	bhi	.L3
	cmp	w1, 8
	bhi	.L12
.L5:
	cbnz	w2, .L10
	add	w0, w0, 1
	b	.L4
.L12:
	mov	w2, w4
	b	.L4
.L10:
	mov	w2, 0
	b	.L4
.L7:
	mov	w0, 0
.L1:
	ret
	.size	count_words, .-count_words
	.section	.note.GNU-stack,"",@progbits
