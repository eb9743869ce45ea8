	.arch armv8-a
	.file	"partitions.c"
	.text
	.align	2
	.global	partitions
	.type	partitions, %function
partitions:
	cbz	w0, .L3
	stp	x29, x30, [sp, -48]!
	mov	x29, sp
	stp	x19, x20, [sp, 16]
	mov	w19, w0
	mov	w20, w1
	cmp	w0, 0
	mov	x0, 0
	ccmp	w1, 0, 4, ge
	bgt	.L9
.L1:
	ldp	x19, x20, [sp, 16]
	ldp	x29, x30, [sp], 48
	ret
.L9:
	str	x21, [sp, 32]
	sub	w0, w19, w1
	bl	partitions
	mov	x21, x0
	sub	w1, w20, #1
	mov	w0, w19
	bl	partitions
	add	x0, x21, x0
	ldr	x21, [sp, 32]
	b	.L1
.L3:
	mov	x0, 1
	ret
	.size	partitions, .-partitions
	.section	.note.GNU-stack,"",@progbits
