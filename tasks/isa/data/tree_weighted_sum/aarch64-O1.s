	.arch armv8-a
	.file	"tree_weighted_sum.c"
	.text
	.align	2
	.type	walk, %function
walk:
	cbz	x0, .L3
	stp	x29, x30, [sp, -48]!
	mov	x29, sp
	stp	x19, x20, [sp, 16]
	str	x21, [sp, 32]
	mov	x21, x0
	ldr	x20, [x0]
	mul	x20, x1, x20
	add	x19, x1, 1
	mov	x1, x19
	ldr	x0, [x0, 8]
	bl	walk
	add	x20, x20, x0
	mov	x1, x19
	ldr	x0, [x21, 16]
	bl	walk
	add	x0, x20, x0
	ldp	x19, x20, [sp, 16]
	ldr	x21, [sp, 32]
	ldp	x29, x30, [sp], 48
	ret
.L3:
	mov	x0, 0
	ret
	.size	walk, .-walk
	.align	2
	.global	tree_weighted_sum
	.type	tree_weighted_sum, %function
tree_weighted_sum:
	stp	x29, x30, [sp, -16]!
	mov	x29, sp
	mov	x1, 1
	bl	walk
	ldp	x29, x30, [sp], 16
	ret
	.size	tree_weighted_sum, .-tree_weighted_sum
	.section	.note.GNU-stack,"",@progbits
