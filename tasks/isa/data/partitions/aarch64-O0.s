	.arch armv8-a
	.file	"partitions.c"
	.text
	.align	2
	.global	partitions
	.type	partitions, %function
partitions:
	stp	x29, x30, [sp, -48]!
	mov	x29, sp
	str	x19, [sp, 16]
	str	w0, [sp, 44]
	str	w1, [sp, 40]
	ldr	w0, [sp, 44]
	cmp	w0, 0
	bne	.L2
	mov	x0, 1
	b	.L3
.L2:
	ldr	w0, [sp, 44]
	cmp	w0, 0
	blt	.L4
	ldr	w0, [sp, 40]
	cmp	w0, 0
	bgt	.L5
.L4:
	mov	x0, 0
	b	.L3
.L5:
	ldr	w1, [sp, 44]
	ldr	w0, [sp, 40]
	sub	w0, w1, w0
	ldr	w1, [sp, 40]
	bl	partitions
	mov	x19, x0
	ldr	w0, [sp, 40]
	sub	w0, w0, #1
	mov	w1, w0
	ldr	w0, [sp, 44]
	bl	partitions
	add	x0, x19, x0
.L3:
	ldr	x19, [sp, 16]
	ldp	x29, x30, [sp], 48
	ret
	.size	partitions, .-partitions
	.section	.note.GNU-stack,"",@progbits
