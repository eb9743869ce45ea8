	.arch armv8-a
	.file	"sum_primes.c"
	.text
	.align	2
	.global	sum_primes
	.type	sum_primes, %function
sum_primes:
	mov	w6, w0
	mov	x5, 2
	mov	x0, 0
	cmp	w6, 2
	bgt	.L2
.L1:
	ret
.L6:
	add	x0, x0, x5
.L4:
	add	x5, x5, 1
	cmp	w6, w5
	ble	.L1
.L2:
	mov	w3, w5
	mov	w4, w5
	cmp	w5, 3
	ble	.L6
	tbz	x5, 0, .L4
	mov	w1, 2
.L7:
	add	w1, w1, 1
	mul	w2, w1, w1
	cmp	w2, w4
	bgt	.L6
	sdiv	w2, w3, w1
	msub	w2, w2, w1, w3
	cbnz	w2, .L7
	b	.L4
	.size	sum_primes, .-sum_primes
	.section	.note.GNU-stack,"",@progbits
