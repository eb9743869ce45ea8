	.arch armv8-a
	.file	"polygon_area.c"
	.text
	.align	2
	.global	polygon_area
	.type	polygon_area, %function
polygon_area:
	sub	sp, sp, #48
	str	x0, [sp, 8]
	str	w1, [sp, 4]
	str	xzr, [sp, 40]
	str	wzr, [sp, 36]
	b	.L2
.L3:
	ldrsw	x0, [sp, 36]
	lsl	x0, x0, 4
	ldr	x1, [sp, 8]
	add	x0, x1, x0
	str	x0, [sp, 24]
	ldr	w0, [sp, 36]
	add	w0, w0, 1
	ldr	w1, [sp, 4]
	sdiv	w2, w0, w1
	ldr	w1, [sp, 4]
	mul	w1, w2, w1
	sub	w0, w0, w1
	sxtw	x0, w0
	lsl	x0, x0, 4
	ldr	x1, [sp, 8]
	add	x0, x1, x0
	str	x0, [sp, 16]
	ldr	x0, [sp, 24]
	ldr	d1, [x0]
	ldr	x0, [sp, 16]
	ldr	d0, [x0, 8]
	fmul	d1, d1, d0
	ldr	x0, [sp, 16]
	ldr	d2, [x0]
	ldr	x0, [sp, 24]
	ldr	d0, [x0, 8]
	fmul	d0, d2, d0
	fsub	d0, d1, d0
	ldr	d1, [sp, 40]
	fadd	d0, d1, d0
	str	d0, [sp, 40]
	ldr	w0, [sp, 36]
	add	w0, w0, 1
	str	w0, [sp, 36]
.L2:
	ldr	w1, [sp, 36]
	ldr	w0, [sp, 4]
	cmp	w1, w0
	blt	.L3
	ldr	d0, [sp, 40]
	fcmpe	d0, #0.0
	bmi	.L8
	b	.L9
.L8:
	ldr	d0, [sp, 40]
	fneg	d0, d0
	b	.L6
.L9:
	ldr	d0, [sp, 40]
.L6:
	fmov	d1, 2.0e+0
	fdiv	d0, d0, d1
	add	sp, sp, 48
	ret
	.size	polygon_area, .-polygon_area
	.section	.note.GNU-stack,"",@progbits
