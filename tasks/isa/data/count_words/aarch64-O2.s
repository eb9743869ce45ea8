	.arch armv8-a
	.file	"count_words.c"
	.text
	.align	2
	.p2align 4,,11
	.global	count_words
	.type	count_words, %function
count_words:
	ldrb	w1, [x0]
	mov	x3, x0
	cbz	w1, .L5
	mov	w4, 0
	mov	w0, 0
	.p2align 3,,7
.L4:
	sub	w2, w1, #9
	cmp	w1, 32
	and	w1, w2, 255
	ccmp	w1, 4, 0, ne
	bhi	.L9
	mov	w4, 0
.L3:
	ldrb	w1, [x3, 1]!
	cbnz	w1, .L4
	ret
	.p2align 2,,3
.L9:
	cbnz	w4, .L3
	add	w0, w0, 1
	mov	w4, 1
	b	.L3
	.p2align 2,,3
.L5:
	mov	w0, 0
	ret
	.size	count_words, .-count_words
	.section	.note.GNU-stack,"",@progbits
