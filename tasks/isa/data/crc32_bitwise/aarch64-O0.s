	.arch armv8-a
	.file	"crc32_bitwise.c"
	.text
	.align	2
	.global	crc32_bitwise
	.type	crc32_bitwise, %function
crc32_bitwise:
	sub	sp, sp, #48
	str	x0, [sp, 8]
	str	x1, [sp]
	mov	w0, -1
	str	w0, [sp, 44]
	str	xzr, [sp, 32]
	b	.L2
.L5:
	ldr	x1, [sp, 8]
	ldr	x0, [sp, 32]
	add	x0, x1, x0
	ldrb	w0, [x0]
	mov	w1, w0
	ldr	w0, [sp, 44]
	eor	w0, w0, w1
	str	w0, [sp, 44]
	str	wzr, [sp, 28]
	b	.L3
.L4:
	ldr	w0, [sp, 44]
	lsr	w1, w0, 1
	ldr	w0, [sp, 44]
	and	w0, w0, 1
	neg	w2, w0
	mov	w0, 33568
	movk	w0, 0xedb8, lsl 16
	and	w0, w2, w0
	eor	w0, w1, w0
	str	w0, [sp, 44]
	ldr	w0, [sp, 28]
	add	w0, w0, 1
	str	w0, [sp, 28]
.L3:
	ldr	w0, [sp, 28]
	cmp	w0, 7
	ble	.L4
	ldr	x0, [sp, 32]
	add	x0, x0, 1
	str	x0, [sp, 32]
.L2:
	ldr	x1, [sp, 32]
	ldr	x0, [sp]
	cmp	x1, x0
	bcc	.L5
	ldr	w0, [sp, 44]
	mvn	w0, w0
	add	sp, sp, 48
	ret
	.size	crc32_bitwise, .-crc32_bitwise
	.section	.note.GNU-stack,"",@progbits
