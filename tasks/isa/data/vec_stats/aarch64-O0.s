	.arch armv8-a
	.file	"vec_stats.c"
	.text
	.align	2
	.global	vec_stats
	.type	vec_stats, %function
vec_stats:
	sub	sp, sp, #96
	str	x0, [sp, 24]
	str	w1, [sp, 20]
	str	x2, [sp, 8]
	ldr	w0, [sp, 20]
	cmp	w0, 0
	bgt	.L2
	mov	w0, 0
	b	.L3
.L2:
	str	xzr, [sp, 88]
	ldr	x0, [sp, 24]
	ldr	d0, [x0]
	str	d0, [sp, 80]
	ldr	x0, [sp, 24]
	ldr	d0, [x0]
	str	d0, [sp, 72]
	str	wzr, [sp, 68]
	b	.L4
.L9:
	ldrsw	x0, [sp, 68]
	lsl	x0, x0, 3
	ldr	x1, [sp, 24]
	add	x0, x1, x0
	ldr	d0, [x0]
	ldr	d1, [sp, 88]
	fadd	d0, d1, d0
	str	d0, [sp, 88]
	ldrsw	x0, [sp, 68]
	lsl	x0, x0, 3
	ldr	x1, [sp, 24]
	add	x0, x1, x0
	ldr	d0, [x0]
	ldr	d1, [sp, 80]
	fcmpe	d1, d0
	bgt	.L12
	b	.L5
.L12:
	ldrsw	x0, [sp, 68]
	lsl	x0, x0, 3
	ldr	x1, [sp, 24]
	add	x0, x1, x0
	ldr	d0, [x0]
	str	d0, [sp, 80]
.L5:
	ldrsw	x0, [sp, 68]
	lsl	x0, x0, 3
	ldr	x1, [sp, 24]
	add	x0, x1, x0
	ldr	d0, [x0]
	ldr	d1, [sp, 72]
	fcmpe	d1, d0
	bmi	.L13
	b	.L7
.L13:
	ldrsw	x0, [sp, 68]
	lsl	x0, x0, 3
	ldr	x1, [sp, 24]
	add	x0, x1, x0
	ldr	d0, [x0]
	str	d0, [sp, 72]
.L7:
	ldr	w0, [sp, 68]
	add	w0, w0, 1
	str	w0, [sp, 68]
.L4:
	ldr	w1, [sp, 68]
	ldr	w0, [sp, 20]
	cmp	w1, w0
	blt	.L9
	ldr	w0, [sp, 20]
	scvtf	d0, w0
	ldr	d1, [sp, 88]
	fdiv	d0, d1, d0
	str	d0, [sp, 40]
	str	xzr, [sp, 56]
	str	wzr, [sp, 52]
	b	.L10
.L11:
	ldrsw	x0, [sp, 52]
	lsl	x0, x0, 3
	ldr	x1, [sp, 24]
	add	x0, x1, x0
	ldr	d1, [x0]
	ldr	d0, [sp, 40]
	fsub	d1, d1, d0
	ldrsw	x0, [sp, 52]
	lsl	x0, x0, 3
	ldr	x1, [sp, 24]
	add	x0, x1, x0
	ldr	d2, [x0]
	ldr	d0, [sp, 40]
	fsub	d0, d2, d0
	fmul	d0, d1, d0
	ldr	d1, [sp, 56]
	fadd	d0, d1, d0
	str	d0, [sp, 56]
	ldr	w0, [sp, 52]
	add	w0, w0, 1
	str	w0, [sp, 52]
.L10:
	ldr	w1, [sp, 52]
	ldr	w0, [sp, 20]
	cmp	w1, w0
	blt	.L11
	ldr	x0, [sp, 8]
	ldr	d0, [sp, 40]
	str	d0, [x0]
	ldr	w0, [sp, 20]
	scvtf	d0, w0
	ldr	d1, [sp, 56]
	fdiv	d0, d1, d0
	ldr	x0, [sp, 8]
	str	d0, [x0, 8]
	ldr	x0, [sp, 8]
	ldr	d0, [sp, 80]
	str	d0, [x0, 16]
	ldr	x0, [sp, 8]
	ldr	d0, [sp, 72]
	str	d0, [x0, 24]
	mov	w0, 1
.L3:
	add	sp, sp, 96
	ret
	.size	vec_stats, .-vec_stats
	.section	.note.GNU-stack,"",@progbits
