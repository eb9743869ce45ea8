	.arch armv8-a
	.file	"tree_weighted_sum.c"
	.text
	.align	2
	.p2align 4,,11
	.type	walk, %function
walk:
	stp	x29, x30, [sp, -304]!
	mov	x29, sp
	stp	x23, x24, [sp, 48]
	mov	x24, 0
	cbz	x0, .L1
	stp	x19, x20, [sp, 16]
	mov	x20, x1
	stp	x27, x28, [sp, 80]
	mov	x28, x0
	stp	x21, x22, [sp, 32]
	stp	x25, x26, [sp, 64]
.L2:
	mov	x25, 0
	ldp	x0, x23, [x28]
	mul	x19, x20, x0
	add	x20, x20, 1
	mov	x22, x20
	cbz	x23, .L6
	mov	x0, x24
	mov	x1, x19
	mov	x24, x20
.L3:
	ldp	x2, x19, [x23]
	mov	x20, 0
	mul	x26, x22, x2
	add	x22, x22, 1
	mov	x21, x22
	cbz	x19, .L8
	mov	x6, x1
	mov	x4, x26
	mov	x1, x23
	mov	x5, x0
	mov	x26, x28
	mov	x0, x25
	mov	x3, x22
	mov	x25, x19
	mov	x28, x20
	mov	x23, x24
.L5:
	ldp	x22, x27, [x25]
	mov	x24, 0
	mul	x22, x21, x22
	add	x21, x21, 1
	cbz	x27, .L10
	mov	x8, x6
	mov	x7, x4
	mov	x6, x1
	mov	x4, x0
	mov	x1, x26
	mov	x0, x22
	mov	x26, x21
	mov	x22, x28
	mov	x2, x23
	mov	x28, x24
.L7:
	ldp	x23, x19, [x27]
	mov	x20, 0
	mul	x23, x26, x23
	add	x26, x26, 1
	mov	x24, x26
	cbz	x19, .L12
	mov	x15, x8
	mov	x14, x7
	mov	x13, x3
	mov	x12, x6
	mov	x3, x22
	mov	x8, x28
	mov	x22, x25
	mov	x28, x21
	mov	x6, x26
	mov	x7, x27
	mov	x21, x19
	mov	x9, x23
	mov	x11, x0
	mov	x10, x1
.L9:
	ldp	x19, x23, [x21]
	mov	x27, 0
	mul	x19, x24, x19
	add	x24, x24, 1
	mov	x26, x24
	cbz	x23, .L14
	mov	x25, x12
	mov	x12, x19
.L11:
	ldp	x0, x18, [x23]
	mov	x1, 0
	mul	x0, x26, x0
	add	x26, x26, 1
	cbz	x18, .L16
	stp	x15, x14, [sp, 104]
	mov	x15, x27
	mov	x14, x0
	mov	x27, x22
	mov	x22, x26
	stp	x13, x4, [sp, 120]
	mov	x4, x24
	mov	x13, x20
	mov	x24, x1
	mov	x20, x6
	mov	x6, x21
	str	x3, [sp, 136]
	mov	x3, x23
.L13:
	ldp	x21, x19, [x18]
	mov	x23, 0
	mul	x0, x22, x21
	add	x22, x22, 1
	str	x0, [sp, 96]
	mov	x21, x22
	cbz	x19, .L18
	stp	x7, x3, [sp, 144]
	mov	x7, x24
	mov	x24, x22
	mov	x22, x23
	mov	x23, x20
	mov	x20, x21
	str	x2, [sp, 160]
.L15:
	ldp	x21, x3, [x19]
	mov	x2, 0
	mul	x21, x20, x21
	add	x20, x20, 1
	mov	x1, x20
	cbz	x3, .L19
	str	x8, [sp, 168]
	mov	x8, x22
	mov	x22, x20
	mov	x20, x3
	mov	x3, x19
.L17:
	ldp	x19, x0, [x20]
	stp	x6, x13, [sp, 192]
	stp	x14, x18, [sp, 208]
	stp	x15, x7, [sp, 224]
	mul	x19, x1, x19
	add	x1, x1, 1
	stp	x1, x4, [sp, 176]
	stp	x3, x8, [sp, 240]
	stp	x2, x12, [sp, 256]
	stp	x9, x11, [sp, 272]
	stp	x5, x10, [sp, 288]
	bl	walk
	add	x19, x19, x0
	ldp	x2, x12, [sp, 256]
	ldr	x20, [x20, 16]
	ldp	x1, x4, [sp, 176]
	ldp	x6, x13, [sp, 192]
	add	x2, x2, x19
	ldp	x14, x18, [sp, 208]
	ldp	x15, x7, [sp, 224]
	ldp	x3, x8, [sp, 240]
	ldp	x9, x11, [sp, 272]
	ldp	x5, x10, [sp, 288]
	cbnz	x20, .L17
	mov	x20, x22
	mov	x22, x8
	ldr	x8, [sp, 168]
	mov	x19, x3
	add	x21, x21, x2
.L19:
	ldr	x19, [x19, 16]
	add	x22, x22, x21
	cbnz	x19, .L15
	mov	x20, x23
	mov	x23, x22
	mov	x22, x24
	mov	x24, x7
	ldp	x7, x3, [sp, 144]
	ldr	x0, [sp, 96]
	ldr	x2, [sp, 160]
	add	x0, x0, x23
	str	x0, [sp, 96]
.L18:
	ldr	x18, [x18, 16]
	ldr	x0, [sp, 96]
	add	x24, x24, x0
	cbnz	x18, .L13
	mov	x1, x24
	mov	x22, x27
	mov	x21, x6
	mov	x27, x15
	mov	x6, x20
	mov	x24, x4
	mov	x20, x13
	add	x0, x14, x1
	ldp	x15, x14, [sp, 104]
	mov	x23, x3
	ldp	x13, x4, [sp, 120]
	ldr	x3, [sp, 136]
.L16:
	add	x27, x27, x0
	ldr	x23, [x23, 16]
	cbnz	x23, .L11
	mov	x19, x12
	mov	x12, x25
	add	x19, x19, x27
.L14:
	ldr	x21, [x21, 16]
	add	x20, x20, x19
	cbnz	x21, .L9
	mov	x21, x28
	mov	x25, x22
	mov	x26, x6
	mov	x22, x3
	mov	x27, x7
	mov	x28, x8
	mov	x3, x13
	mov	x6, x12
	mov	x7, x14
	mov	x8, x15
	mov	x0, x11
	mov	x1, x10
	add	x23, x9, x20
.L12:
	ldr	x27, [x27, 16]
	add	x28, x28, x23
	cbnz	x27, .L7
	mov	x24, x28
	mov	x28, x22
	mov	x22, x0
	mov	x26, x1
	mov	x0, x4
	mov	x1, x6
	mov	x4, x7
	mov	x6, x8
	mov	x23, x2
	add	x22, x22, x24
.L10:
	ldr	x25, [x25, 16]
	add	x28, x28, x22
	cbnz	x25, .L5
	mov	x20, x28
	mov	x25, x0
	mov	x28, x26
	mov	x24, x23
	mov	x22, x3
	mov	x23, x1
	mov	x0, x5
	mov	x1, x6
	add	x26, x4, x20
.L8:
	ldr	x23, [x23, 16]
	add	x25, x25, x26
	cbnz	x23, .L3
	mov	x20, x24
	add	x19, x1, x25
	mov	x24, x0
.L6:
	ldr	x28, [x28, 16]
	add	x24, x24, x19
	cbnz	x28, .L2
	ldp	x19, x20, [sp, 16]
	ldp	x21, x22, [sp, 32]
	ldp	x25, x26, [sp, 64]
	ldp	x27, x28, [sp, 80]
.L1:
	mov	x0, x24
	ldp	x23, x24, [sp, 48]
	ldp	x29, x30, [sp], 304
	ret
	.size	walk, .-walk
	.align	2
	.p2align 4,,11
	.global	tree_weighted_sum
	.type	tree_weighted_sum, %function
tree_weighted_sum:
	stp	x29, x30, [sp, -48]!
	mov	x29, sp
	stp	x21, x22, [sp, 32]
	mov	x22, 0
	cbz	x0, .L59
	stp	x19, x20, [sp, 16]
	mov	x19, x0
	mov	x21, 1
.L60:
	ldp	x20, x0, [x19]
	mul	x20, x21, x20
	add	x21, x21, 1
	mov	x1, x21
	bl	walk
	ldr	x19, [x19, 16]
	add	x20, x20, x0
	add	x22, x22, x20
	cbnz	x19, .L60
	ldp	x19, x20, [sp, 16]
.L59:
	mov	x0, x22
	ldp	x21, x22, [sp, 32]
	ldp	x29, x30, [sp], 48
	ret
	.size	tree_weighted_sum, .-tree_weighted_sum
	.section	.note.GNU-stack,"",@progbits
