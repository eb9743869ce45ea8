	.arch armv8-a
	.file	"crc32_bitwise.c"
	.text
	.align	2
	.p2align 4,,11
	.global	crc32_bitwise
	.type	crc32_bitwise, %function
crc32_bitwise:
	cbz	x1, .L5
	mov	w3, 33568
	mov	x4, x0
	add	x5, x0, x1
	mov	w2, -1
	movk	w3, 0xedb8, lsl 16
	.p2align 3,,7
.L4:
	ldrb	w0, [x4]
	mov	w1, 8
	eor	w2, w2, w0
	.p2align 3,,7
.L3:
	sbfx	x0, x2, 0, 1
	subs	w1, w1, #1
	and	w0, w0, w3
	eor	w2, w0, w2, lsr 1
	bne	.L3
	add	x4, x4, 1
	cmp	x4, x5
	bne	.L4
	mvn	w0, w2
	ret
.L5:
	mov	w0, 0
	ret
	.size	crc32_bitwise, .-crc32_bitwise
	.section	.note.GNU-stack,"",@progbits
