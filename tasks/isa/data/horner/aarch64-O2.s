	.arch armv8-a
	.file	"horner.c"
	.text
	.align	2
	.p2align 4,,11
	.global	horner
	.type	horner, %function
horner:
	fmov	d2, d0
	movi	d0, #0
	cmp	w1, 0
	ble	.L1
	add	x1, x0, w1, sxtw 3
	.p2align 3,,7
.L3:
	ldr	d1, [x0], 8
	fmadd	d0, d2, d0, d1
	cmp	x0, x1
	bne	.L3
.L1:
	ret
	.size	horner, .-horner
	.section	.note.GNU-stack,"",@progbits
