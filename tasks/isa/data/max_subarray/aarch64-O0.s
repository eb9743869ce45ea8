	.arch armv8-a
	.file	"max_subarray.c"
	.text
	.align	2
	.global	max_subarray
	.type	max_subarray, %function
max_subarray:
	sub	sp, sp, #48
	str	x0, [sp, 8]
	str	w1, [sp, 4]
	ldr	w0, [sp, 4]
	cmp	w0, 0
	bgt	.L2
	mov	x0, 0
	b	.L3
.L2:
	ldr	x0, [sp, 8]
	ldr	w0, [x0]
	sxtw	x0, w0
	str	x0, [sp, 40]
	ldr	x0, [sp, 8]
	ldr	w0, [x0]
	sxtw	x0, w0
	str	x0, [sp, 32]
	mov	w0, 1
	str	w0, [sp, 28]
	b	.L4
.L8:
	ldr	x0, [sp, 32]
	cmp	x0, 0
	ble	.L5
	ldrsw	x0, [sp, 28]
	lsl	x0, x0, 2
	ldr	x1, [sp, 8]
	add	x0, x1, x0
	ldr	w0, [x0]
	sxtw	x1, w0
	ldr	x0, [sp, 32]
	add	x0, x1, x0
	b	.L6
.L5:
	ldrsw	x0, [sp, 28]
	lsl	x0, x0, 2
	ldr	x1, [sp, 8]
	add	x0, x1, x0
	ldr	w0, [x0]
	sxtw	x0, w0
.L6:
	str	x0, [sp, 32]
	ldr	x1, [sp, 32]
	ldr	x0, [sp, 40]
	cmp	x1, x0
	ble	.L7
	ldr	x0, [sp, 32]
	str	x0, [sp, 40]
.L7:
	ldr	w0, [sp, 28]
	add	w0, w0, 1
	str	w0, [sp, 28]
.L4:
	ldr	w1, [sp, 28]
	ldr	w0, [sp, 4]
	cmp	w1, w0
	blt	.L8
	ldr	x0, [sp, 40]
.L3:
	add	sp, sp, 48
	ret
	.size	max_subarray, .-max_subarray
	.section	.note.GNU-stack,"",@progbits
