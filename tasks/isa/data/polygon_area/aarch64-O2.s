	.arch armv8-a
	.file	"polygon_area.c"
	.text
	.align	2
	.p2align 4,,11
	.global	polygon_area
	.type	polygon_area, %function
polygon_area:
	movi	d0, #0
	cmp	w1, 0
	ble	.L1
	mov	x4, x0
	mov	w3, 0
	.p2align 3,,7
.L3:
	add	w3, w3, 1
	ldr	d4, [x4, 8]
	ldr	d3, [x4], 16
	sdiv	w2, w3, w1
	msub	w2, w2, w1, w3
	sbfiz	x2, x2, 4, 32
	add	x5, x0, x2
	ldr	d1, [x0, x2]
	ldr	d2, [x5, 8]
	fmul	d1, d1, d4
	fnmsub	d1, d3, d2, d1
	fadd	d0, d0, d1
	cmp	w3, w1
	bne	.L3
	fcmpe	d0, #0.0
	fmov	d1, 5.0e-1
	bmi	.L4
	fmul	d0, d0, d1
.L1:
	ret
	.p2align 2,,3
.L4:
	fnmul	d0, d0, d1
	ret
	.size	polygon_area, .-polygon_area
	.section	.note.GNU-stack,"",@progbits
