	.arch armv8-a
	.file	"isqrt64.c"
	.text
	.align	2
	.global	isqrt64
	.type	isqrt64, %function
isqrt64:
	sub	sp, sp, #48
	str	x0, [sp, 8]
	ldr	x0, [sp, 8]
	str	x0, [sp, 40]
	str	xzr, [sp, 32]
	mov	x0, 4611686018427387904
	str	x0, [sp, 24]
	b	.L2
.L3:
	ldr	x0, [sp, 24]
	lsr	x0, x0, 2
	str	x0, [sp, 24]
.L2:
	ldr	x1, [sp, 24]
	ldr	x0, [sp, 40]
	cmp	x1, x0
	bhi	.L3
	b	.L4
.L7:
	ldr	x1, [sp, 32]
	ldr	x0, [sp, 24]
	add	x0, x1, x0
	ldr	x1, [sp, 40]
	cmp	x1, x0
	bcc	.L5
	ldr	x1, [sp, 32]
	ldr	x0, [sp, 24]
	add	x0, x1, x0
	ldr	x1, [sp, 40]
	sub	x0, x1, x0
	str	x0, [sp, 40]
	ldr	x0, [sp, 32]
	lsr	x0, x0, 1
	ldr	x1, [sp, 24]
	add	x0, x1, x0
	str	x0, [sp, 32]
	b	.L6
.L5:
	ldr	x0, [sp, 32]
	lsr	x0, x0, 1
	str	x0, [sp, 32]
.L6:
	ldr	x0, [sp, 24]
	lsr	x0, x0, 2
	str	x0, [sp, 24]
.L4:
	ldr	x0, [sp, 24]
	cmp	x0, 0
	bne	.L7
	ldr	x0, [sp, 32]
	add	sp, sp, 48
	ret
	.size	isqrt64, .-isqrt64
	.section	.note.GNU-stack,"",@progbits
