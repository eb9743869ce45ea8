	.arch armv8-a
	.file	"horner.c"
	.text
	.align	2
	.global	horner
	.type	horner, %function
horner:
	fmov	d2, d0
	cmp	w1, 0
	ble	.L4
	mov	x2, x0
	add	x0, x0, w1, sxtw 3
	movi	d0, #0
.L3:
	fmul	d0, d2, d0
	ldr	d1, [x2], 8
	fadd	d0, d0, d1
	cmp	x2, x0
	bne	.L3
.L1:
	ret
.L4:
	movi	d0, #0
	b	.L1
	.size	horner, .-horner
	.section	.note.GNU-stack,"",@progbits
