	.arch armv8-a
	.file	"reverse_bits.c"
	.text
	.align	2
	.global	reverse_bits
	.type	reverse_bits, %function
reverse_bits:
	mov	w1, w0
	mov	w2, 32
	mov	w0, 0
.L2:
	mov	w3, w1
	bfi	w3, w0, 1, 31
	mov	w0, w3
	lsr	w1, w1, 1
	subs	w2, w2, #1
	bne	.L2
	ret
	.size	reverse_bits, .-reverse_bits
	.section	.note.GNU-stack,"",@progbits
