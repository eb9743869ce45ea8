	.arch armv8-a
	.file	"fnv1a.c"
	.text
	.align	2
	.global	fnv1a
	.type	fnv1a, %function
fnv1a:
	sub	sp, sp, #32
	str	x0, [sp, 8]
	str	x1, [sp]
	mov	x0, 8997
	movk	x0, 0x8422, lsl 16
	movk	x0, 0x9ce4, lsl 32
	movk	x0, 0xcbf2, lsl 48
	str	x0, [sp, 24]
	str	xzr, [sp, 16]
	b	.L2
.L3:
	ldr	x1, [sp, 8]
	ldr	x0, [sp, 16]
	add	x0, x1, x0
	ldrb	w0, [x0]
	and	x0, x0, 255
	ldr	x1, [sp, 24]
	eor	x0, x1, x0
	str	x0, [sp, 24]
	ldr	x1, [sp, 24]
	mov	x0, 435
	movk	x0, 0x100, lsl 32
	mul	x0, x1, x0
	str	x0, [sp, 24]
	ldr	x0, [sp, 16]
	add	x0, x0, 1
	str	x0, [sp, 16]
.L2:
	ldr	x1, [sp, 16]
	ldr	x0, [sp]
	cmp	x1, x0
	bcc	.L3
	ldr	x0, [sp, 24]
	add	sp, sp, 32
	ret
	.size	fnv1a, .-fnv1a
	.section	.note.GNU-stack,"",@progbits
