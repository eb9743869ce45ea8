	.arch armv8-a
	.file	"crc32_bitwise.c"
	.text
	.align	2
	.global	crc32_bitwise
	.type	crc32_bitwise, %function
crc32_bitwise:
	cbz	x1, .L5
	mov	x4, x0
	add	x5, x0, x1
	mov	w0, -1
	mov	w3, 33568
	movk	w3, 0xedb8, lsl 16
	b	.L4
.L8:
	add	x4, x4, 1
	cmp	x4, x5
	beq	.L2
.L4:
	ldrb	w1, [x4]
	eor	w0, w0, w1
	mov	w2, 8
.L3:
	sbfx	x1, x0, 0, 1
	and	w1, w1, w3
	eor	w0, w1, w0, lsr 1
	subs	w2, w2, #1
	bne	.L3
	b	.L8
.L5:
	mov	w0, -1
.L2:
	mvn	w0, w0
	ret
	.size	crc32_bitwise, .-crc32_bitwise
	.section	.note.GNU-stack,"",@progbits
