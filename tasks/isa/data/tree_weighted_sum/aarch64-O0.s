	.arch armv8-a
	.file	"tree_weighted_sum.c"
	.text
	.align	2
	.type	walk, %function
walk:
	stp	x29, x30, [sp, -48]!
	mov	x29, sp
	str	x19, [sp, 16]
	str	x0, [sp, 40]
	str	x1, [sp, 32]
	ldr	x0, [sp, 40]
	cmp	x0, 0
	bne	.L2
	mov	x0, 0
	b	.L3
.L2:
	ldr	x0, [sp, 40]
	ldr	x1, [x0]
	ldr	x0, [sp, 32]
	mul	x19, x1, x0
	ldr	x0, [sp, 40]
	ldr	x2, [x0, 8]
	ldr	x0, [sp, 32]
	add	x0, x0, 1
	mov	x1, x0
	mov	x0, x2
	bl	walk
	add	x19, x19, x0
	ldr	x0, [sp, 40]
	ldr	x2, [x0, 16]
	ldr	x0, [sp, 32]
	add	x0, x0, 1
	mov	x1, x0
	mov	x0, x2
	bl	walk
	add	x0, x19, x0
.L3:
	ldr	x19, [sp, 16]
	ldp	x29, x30, [sp], 48
	ret
	.size	walk, .-walk
	.align	2
	.global	tree_weighted_sum
	.type	tree_weighted_sum, %function
tree_weighted_sum:
	stp	x29, x30, [sp, -32]!
	mov	x29, sp
	str	x0, [sp, 24]
	mov	x1, 1
	ldr	x0, [sp, 24]
	bl	walk
	ldp	x29, x30, [sp], 32
	ret
	.size	tree_weighted_sum, .-tree_weighted_sum
	.section	.note.GNU-stack,"",@progbits
