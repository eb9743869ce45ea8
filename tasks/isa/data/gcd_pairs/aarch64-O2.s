	.arch armv8-a
	.file	"gcd_pairs.c"
	.text
	.align	2
	.p2align 4,,11
	.global	gcd_pairs
	.type	gcd_pairs, %function
gcd_pairs:
	cmp	w1, 1
	ble	.L6
	sub	w1, w1, #2
	add	x2, x0, 4
	mov	x5, x0
	mov	x0, 0
	add	x6, x2, w1, uxtw 2
	.p2align 3,,7
.L5:
	ldp	w2, w1, [x5]
	cbz	w1, .L7
	.p2align 3,,7
.L4:
	udiv	w4, w2, w1
	mov	w3, w1
	msub	w1, w4, w1, w2
	mov	w2, w3
	cbnz	w1, .L4
	add	x5, x5, 4
	add	x0, x0, w3, uxtw
	cmp	x5, x6
	bne	.L5
.L1:
	ret
	.p2align 2,,3
.L7:
	mov	w3, w2
	add	x5, x5, 4
	add	x0, x0, w3, uxtw
	cmp	x5, x6
	bne	.L5
	b	.L1
.L6:
	mov	x0, 0
	ret
	.size	gcd_pairs, .-gcd_pairs
	.section	.note.GNU-stack,"",@progbits
