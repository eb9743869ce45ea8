	.arch armv8-a
	.file	"collatz_longest.c"
	.text
	.align	2
	.global	collatz_longest
	.type	collatz_longest, %function
collatz_longest:
	mov	w7, w0
	cmp	w0, 1
	bls	.L9
	mov	x5, 1
	mov	w6, 0
	mov	w0, 0
.L8:
	cmp	x5, 1
	beq	.L10
	mov	x1, x5
	mov	w2, 0
.L6:
	add	x4, x1, x1, lsl 1
	lsr	x3, x1, 1
	tst	x1, 1
	csinc	x1, x3, x4, eq
	add	w2, w2, 1
	cmp	x1, 1
	bne	.L6
.L3:
	cmp	w0, 0
	ccmp	w6, w2, 0, ne
	csel	w0, w5, w0, cc
	csel	w6, w6, w2, cs
	add	x5, x5, 1
	cmp	w7, w5
	bhi	.L8
.L1:
	ret
.L10:
	mov	w2, 0
	b	.L3
.L9:
	mov	w0, 0
	b	.L1
	.size	collatz_longest, .-collatz_longest
	.section	.note.GNU-stack,"",@progbits
