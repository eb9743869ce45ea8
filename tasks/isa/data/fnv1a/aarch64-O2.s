	.arch armv8-a
	.file	"fnv1a.c"
	.text
	.align	2
	.p2align 4,,11
	.global	fnv1a
	.type	fnv1a, %function
fnv1a:
	cbz	x1, .L4
	mov	x2, x0
	mov	x0, 8997
	movk	x0, 0x8422, lsl 16
	mov	x4, 435
	movk	x0, 0x9ce4, lsl 32
	add	x3, x2, x1
	movk	x0, 0xcbf2, lsl 48
	movk	x4, 0x100, lsl 32
	.p2align 3,,7
.L3:
	ldrb	w1, [x2], 1
	eor	x0, x1, x0
	mul	x0, x0, x4
	cmp	x3, x2
	bne	.L3
	ret
	.p2align 2,,3
.L4:
	mov	x0, 8997
	movk	x0, 0x8422, lsl 16
	movk	x0, 0x9ce4, lsl 32
	movk	x0, 0xcbf2, lsl 48
	ret
	.size	fnv1a, .-fnv1a
	.section	.note.GNU-stack,"",@progbits
