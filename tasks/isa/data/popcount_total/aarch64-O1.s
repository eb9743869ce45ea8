	.arch armv8-a
	.file	"popcount_total.c"
	.text
	.align	2
	.global	popcount_total
	.type	popcount_total, %function
popcount_total:
	cmp	w1, 0
	ble	.L6
	mov	x4, x0
	add	x5, x0, w1, sxtw 3
	mov	x0, 0
.L5:
	ldr	x3, [x4]
	cbz	x3, .L3
	mov	x1, x3
.L4:
	sub	x2, x1, #1
	ands	x1, x1, x2
	bne	.L4
	fmov	d0, x3
	cnt	v0.8b, v0.8b
	addv	b0, v0.8b
	fmov	x1, d0
	add	x0, x1, x0
.L3:
	add	x4, x4, 8
	cmp	x4, x5
	bne	.L5
.L1:
	ret
.L6:
	mov	x0, 0
	b	.L1
	.size	popcount_total, .-popcount_total
	.section	.note.GNU-stack,"",@progbits
