	.arch armv8-a
	.file	"fnv1a.c"
	.text
	.align	2
	.global	fnv1a
	.type	fnv1a, %function
fnv1a:
	cbz	x1, .L4
	mov	x2, x0
	add	x3, x0, x1
	mov	x0, 8997
	movk	x0, 0x8422, lsl 16
	movk	x0, 0x9ce4, lsl 32
	movk	x0, 0xcbf2, lsl 48
	mov	x4, 435
	movk	x4, 0x100, lsl 32
.L3:
	ldrb	w1, [x2], 1
	eor	x0, x1, x0
	mul	x0, x0, x4
	cmp	x2, x3
	bne	.L3
.L1:
	ret
.L4:
	mov	x0, 8997
	movk	x0, 0x8422, lsl 16
	movk	x0, 0x9ce4, lsl 32
	movk	x0, 0xcbf2, lsl 48
	b	.L1
	.size	fnv1a, .-fnv1a
	.section	.note.GNU-stack,"",@progbits
