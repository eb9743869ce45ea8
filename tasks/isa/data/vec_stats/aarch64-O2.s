	.arch armv8-a
	.file	"vec_stats.c"
	.text
	.align	2
	.p2align 4,,11
	.global	vec_stats
	.type	vec_stats, %function
vec_stats:
	cmp	w1, 0
	ble	.L9
	ldr	d3, [x0]
	movi	d1, #0
	add	x4, x0, w1, sxtw 3
	mov	x3, x0
	fmov	d4, d3
	.p2align 3,,7
.L7:
	ldr	d0, [x3]
	fcmpe	d0, d3
	fadd	d1, d1, d0
	bmi	.L10
.L3:
	fcmpe	d0, d4
	bgt	.L11
.L5:
	add	x3, x3, 8
	cmp	x4, x3
	bne	.L7
	scvtf	d5, w1
	movi	d2, #0
	fdiv	d1, d1, d5
	.p2align 3,,7
.L8:
	ldr	d0, [x0], 8
	fsub	d0, d0, d1
	fmadd	d2, d0, d0, d2
	cmp	x4, x0
	bne	.L8
	fdiv	d2, d2, d5
	mov	w0, 1
	stp	d3, d4, [x2, 16]
	stp	d1, d2, [x2]
	ret
	.p2align 2,,3
.L11:
	fmov	d4, d0
	b	.L5
	.p2align 2,,3
.L10:
	fmov	d3, d0
	b	.L3
	.p2align 2,,3
.L9:
	mov	w0, 0
	ret
	.size	vec_stats, .-vec_stats
	.section	.note.GNU-stack,"",@progbits
