	.arch armv8-a
	.file	"collatz_longest.c"
	.text
	.align	2
	.p2align 4,,11
	.global	collatz_longest
	.type	collatz_longest, %function
collatz_longest:
	mov	w7, w0
	mov	w0, 0
	cmp	w7, 1
	bls	.L1
	mov	w6, 1
	mov	w0, 0
	mov	w5, 0
	mov	x4, 1
	mov	w1, 0
	mov	w2, 0
	.p2align 3,,7
.L2:
	cmp	w0, 0
	add	x4, x4, 1
	ccmp	w1, 0, 0, ne
	cset	w1, ne
	cmp	w1, 0
	csel	w0, w0, w6, eq
	csel	w5, w5, w2, eq
	mov	w6, w4
	cmp	w4, w7
	bcs	.L1
	mov	x1, x4
	mov	w2, 0
	.p2align 3,,7
.L6:
	tst	x1, 1
	add	x3, x1, x1, lsl 1
	lsr	x1, x1, 1
	add	w2, w2, 1
	csinc	x1, x1, x3, eq
	cmp	x1, 1
	bne	.L6
	cmp	w5, w2
	cset	w1, cc
	b	.L2
	.p2align 2,,3
.L1:
	ret
	.size	collatz_longest, .-collatz_longest
	.section	.note.GNU-stack,"",@progbits
