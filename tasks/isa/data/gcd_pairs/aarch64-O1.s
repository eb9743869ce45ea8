	.arch armv8-a
	.file	"gcd_pairs.c"
	.text
	.align	2
	.global	gcd_pairs
	.type	gcd_pairs, %function
gcd_pairs:
	cmp	w1, 1
	ble	.L6
	mov	x5, x0
	sub	w1, w1, #2
	add	x0, x0, 4
	add	x6, x0, x1, lsl 2
	mov	x0, 0
.L5:
	ldr	w2, [x5]
	ldr	w1, [x5, 4]
	cbz	w1, .L7
.L4:
	mov	w3, w1
	udiv	w4, w2, w1
	msub	w1, w4, w1, w2
	mov	w2, w3
	cbnz	w1, .L4
.L3:
	add	x0, x0, w3, uxtw
	add	x5, x5, 4
	cmp	x5, x6
	bne	.L5
.L1:
	ret
.L7:
	mov	w3, w2
	b	.L3
.L6:
	mov	x0, 0
	b	.L1
	.size	gcd_pairs, .-gcd_pairs
	.section	.note.GNU-stack,"",@progbits
