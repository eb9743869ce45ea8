	.arch armv8-a
	.file	"count_inversions.c"
	.text
	.align	2
	.global	count_inversions
	.type	count_inversions, %function
count_inversions:
	sub	sp, sp, #32
	str	x0, [sp, 8]
	str	w1, [sp, 4]
	str	xzr, [sp, 24]
	str	wzr, [sp, 20]
	b	.L2
.L6:
	ldr	w0, [sp, 20]
	add	w0, w0, 1
	str	w0, [sp, 16]
	b	.L3
.L5:
	ldrsw	x0, [sp, 20]
	lsl	x0, x0, 2
	ldr	x1, [sp, 8]
	add	x0, x1, x0
	ldr	w1, [x0]
	ldrsw	x0, [sp, 16]
	lsl	x0, x0, 2
	ldr	x2, [sp, 8]
	add	x0, x2, x0
	ldr	w0, [x0]
	cmp	w1, w0
	ble	.L4
	ldr	x0, [sp, 24]
	add	x0, x0, 1
	str	x0, [sp, 24]
.L4:
	ldr	w0, [sp, 16]
	add	w0, w0, 1
	str	w0, [sp, 16]
.L3:
	ldr	w1, [sp, 16]
	ldr	w0, [sp, 4]
	cmp	w1, w0
	blt	.L5
	ldr	w0, [sp, 20]
	add	w0, w0, 1
	str	w0, [sp, 20]
.L2:
	ldr	w1, [sp, 20]
	ldr	w0, [sp, 4]
	cmp	w1, w0
	blt	.L6
	ldr	x0, [sp, 24]
	add	sp, sp, 32
	ret
	.size	count_inversions, .-count_inversions
	.section	.note.GNU-stack,"",@progbits
