	.arch armv8-a
	.file	"popcount_total.c"
	.text
	.align	2
	.p2align 4,,11
	.global	popcount_total
	.type	popcount_total, %function
popcount_total:
	cmp	w1, 0
	ble	.L5
	mov	x2, x0
	mov	x0, 0
	add	x3, x2, w1, sxtw 3
	.p2align 3,,7
.L4:
	ldr	x1, [x2], 8
	fmov	d0, x1
	cnt	v0.8b, v0.8b
	cmp	x1, 0
	addv	b0, v0.8b
	fmov	x1, d0
	add	x1, x1, x0
	csel	x0, x1, x0, ne
	cmp	x3, x2
	bne	.L4
	ret
.L5:
	mov	x0, 0
	ret
	.size	popcount_total, .-popcount_total
	.section	.note.GNU-stack,"",@progbits
