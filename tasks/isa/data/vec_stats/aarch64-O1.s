	.arch armv8-a
	.file	"vec_stats.c"
	.text
	.align	2
	.global	vec_stats
	.type	vec_stats, %function
vec_stats:
	cmp	w1, 0
	ble	.L7
	ldr	d3, [x0]
	mov	x3, x0
	add	x4, x0, w1, sxtw 3
	fmov	d4, d3
	movi	d1, #0
	b	.L5
.L8:
	fmov	d3, d0
	b	.L3
.L4:
	add	x0, x0, 8
	cmp	x0, x4
	beq	.L12
.L5:
	ldr	d0, [x0]
	fadd	d1, d1, d0
	fcmpe	d0, d3
	bmi	.L8
.L3:
	fcmpe	d0, d4
	bgt	.L9
	b	.L4
.L9:
	fmov	d4, d0
	b	.L4
.L12:
	scvtf	d5, w1
	fdiv	d1, d1, d5
	movi	d2, #0
.L6:
	ldr	d0, [x3], 8
	fsub	d0, d0, d1
	fmul	d0, d0, d0
	fadd	d2, d2, d0
	cmp	x3, x4
	bne	.L6
	str	d1, [x2]
	fdiv	d2, d2, d5
	str	d2, [x2, 8]
	str	d3, [x2, 16]
	str	d4, [x2, 24]
	mov	w0, 1
.L1:
	ret
.L7:
	mov	w0, 0
	b	.L1
	.size	vec_stats, .-vec_stats
	.section	.note.GNU-stack,"",@progbits
