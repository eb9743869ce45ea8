	.arch armv8-a
	.file	"total_active.c"
	.text
	.align	2
	.global	total_active
	.type	total_active, %function
total_active:
	sub	sp, sp, #48
	str	x0, [sp, 8]
	str	w1, [sp, 4]
	str	w2, [sp]
	str	xzr, [sp, 40]
	str	wzr, [sp, 36]
	b	.L2
.L4:
	ldrsw	x0, [sp, 36]
	lsl	x0, x0, 4
	ldr	x1, [sp, 8]
	add	x0, x1, x0
	str	x0, [sp, 24]
	ldr	x0, [sp, 24]
	ldrb	w0, [x0, 12]
	cmp	w0, 0
	beq	.L3
	ldr	x0, [sp, 24]
	ldrb	w0, [x0, 13]
	cmp	w0, 0
	bne	.L3
	ldr	x0, [sp, 24]
	ldr	w0, [x0, 8]
	ldr	w1, [sp]
	cmp	w1, w0
	bgt	.L3
	ldr	x0, [sp, 24]
	ldr	w0, [x0, 8]
	sxtw	x0, w0
	ldr	x1, [sp, 40]
	add	x0, x1, x0
	str	x0, [sp, 40]
.L3:
	ldr	w0, [sp, 36]
	add	w0, w0, 1
	str	w0, [sp, 36]
.L2:
	ldr	w1, [sp, 36]
	ldr	w0, [sp, 4]
	cmp	w1, w0
	blt	.L4
	ldr	x0, [sp, 40]
	add	sp, sp, 48
	ret
	.size	total_active, .-total_active
	.section	.note.GNU-stack,"",@progbits
