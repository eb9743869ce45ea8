	.arch armv8-a
	.file	"sum_primes.c"
	.text
	.align	2
	.p2align 4,,11
	.global	sum_primes
	.type	sum_primes, %function
sum_primes:
	mov	w6, w0
	mov	x5, 2
	mov	x0, 0
	cmp	w6, 2
	ble	.L1
	.p2align 3,,7
.L2:
	mov	w3, w5
	mov	w4, w5
	cmp	x5, 3
	bls	.L6
	tbz	x5, 0, .L4
	mov	w1, 2
	b	.L7
	.p2align 2,,3
.L5:
	udiv	w2, w3, w1
	msub	w2, w2, w1, w3
	cbz	w2, .L4
.L7:
	add	w1, w1, 1
	mul	w2, w1, w1
	cmp	w2, w4
	ble	.L5
.L6:
	add	x0, x0, x5
.L4:
	add	x5, x5, 1
	cmp	w6, w5
	bgt	.L2
.L1:
	ret
	.size	sum_primes, .-sum_primes
	.section	.note.GNU-stack,"",@progbits
