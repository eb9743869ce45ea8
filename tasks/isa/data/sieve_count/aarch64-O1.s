	.arch armv8-a
	.file	"sieve_count.c"
	.text
	.align	2
	.global	sieve_count
	.type	sieve_count, %function
sieve_count:
	mov	w6, w0
	mov	w0, 0
	cmp	w6, 2
	ble	.L1
	mov	x2, x1
	add	x3, x1, w6, sxtw
	mov	w0, 1
.L3:
	strb	w0, [x2], 1
	cmp	x2, x3
	bne	.L3
	mov	x3, 2
	mov	w0, 0
	sxtw	x4, w6
	b	.L6
.L4:
	add	x3, x3, 1
	cmp	w6, w3
	ble	.L1
.L6:
	ldrb	w2, [x1, x3]
	cbz	w2, .L4
	add	w0, w0, 1
	mov	x5, x3
	mul	x2, x3, x3
	cmp	x2, x4
	bge	.L4
.L5:
	strb	wzr, [x1, x2]
	add	x2, x2, x5
	cmp	x2, x4
	blt	.L5
	b	.L4
.L1:
	ret
	.size	sieve_count, .-sieve_count
	.section	.note.GNU-stack,"",@progbits
