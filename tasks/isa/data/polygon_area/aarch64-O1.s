	.arch armv8-a
	.file	"polygon_area.c"
	.text
	.align	2
	.global	polygon_area
	.type	polygon_area, %function
polygon_area:
	cmp	w1, 0
	ble	.L5
	mov	x4, x0
	mov	w3, 0
	movi	d0, #0
.L3:
	add	w3, w3, 1
	sdiv	w2, w3, w1
	msub	w2, w2, w1, w3
	sbfiz	x2, x2, 4, 32
	add	x5, x0, x2
	ldr	d1, [x4]
	ldr	d2, [x5, 8]
	fmul	d1, d1, d2
	ldr	d2, [x0, x2]
	ldr	d3, [x4, 8]
	fmul	d2, d2, d3
	fsub	d1, d1, d2
	fadd	d0, d0, d1
	add	x4, x4, 16
	cmp	w3, w1
	bne	.L3
	fcmpe	d0, #0.0
	bmi	.L6
.L2:
	fmov	d1, 5.0e-1
	fmul	d0, d0, d1
	ret
.L6:
	fneg	d0, d0
	b	.L2
.L5:
	movi	d0, #0
	b	.L2
	.size	polygon_area, .-polygon_area
	.section	.note.GNU-stack,"",@progbits
