	.arch armv8-a
	.file	"rle_encode.c"
	.text
	.align	2
	.global	rle_encode
	.type	rle_encode, %function
rle_encode:
	sub	sp, sp, #48
	str	x0, [sp, 8]
	str	x1, [sp]
	str	xzr, [sp, 40]
	b	.L2
.L8:
	ldr	x0, [sp, 8]
	ldrb	w0, [x0]
	strb	w0, [sp, 31]
	str	wzr, [sp, 36]
	b	.L3
.L4:
	ldr	x0, [sp, 8]
	add	x0, x0, 1
	str	x0, [sp, 8]
	ldr	w0, [sp, 36]
	add	w0, w0, 1
	str	w0, [sp, 36]
.L3:
	ldr	x0, [sp, 8]
	ldrb	w0, [x0]
	ldrb	w1, [sp, 31]
	cmp	w1, w0
	beq	.L4
	ldr	x0, [sp, 40]
	add	x1, x0, 1
	str	x1, [sp, 40]
	ldr	x1, [sp]
	add	x0, x1, x0
	ldrb	w1, [sp, 31]
	strb	w1, [x0]
	str	wzr, [sp, 32]
.L5:
	ldr	w2, [sp, 36]
	mov	w0, 52429
	movk	w0, 0xcccc, lsl 16
	umull	x0, w2, w0
	lsr	x0, x0, 32
	lsr	w1, w0, 3
	mov	w0, w1
	lsl	w0, w0, 2
	add	w0, w0, w1
	lsl	w0, w0, 1
	sub	w1, w2, w0
	and	w1, w1, 255
	ldr	w0, [sp, 32]
	add	w2, w0, 1
	str	w2, [sp, 32]
	add	w1, w1, 48
	and	w2, w1, 255
	sxtw	x0, w0
	add	x1, sp, 16
	strb	w2, [x1, x0]
	ldr	w1, [sp, 36]
	mov	w0, 52429
	movk	w0, 0xcccc, lsl 16
	umull	x0, w1, w0
	lsr	x0, x0, 32
	lsr	w0, w0, 3
	str	w0, [sp, 36]
	ldr	w0, [sp, 36]
	cmp	w0, 0
	bne	.L5
	b	.L6
.L7:
	ldr	w0, [sp, 32]
	sub	w0, w0, #1
	str	w0, [sp, 32]
	ldr	x0, [sp, 40]
	add	x1, x0, 1
	str	x1, [sp, 40]
	ldr	x1, [sp]
	add	x0, x1, x0
	ldrsw	x1, [sp, 32]
	add	x2, sp, 16
	ldrb	w1, [x2, x1]
	strb	w1, [x0]
.L6:
	ldr	w0, [sp, 32]
	cmp	w0, 0
	bne	.L7
.L2:
	ldr	x0, [sp, 8]
	ldrb	w0, [x0]
	cmp	w0, 0
	bne	.L8
	ldr	x1, [sp]
	ldr	x0, [sp, 40]
	add	x0, x1, x0
	strb	wzr, [x0]
	ldr	x0, [sp, 40]
	add	sp, sp, 48
	ret
	.size	rle_encode, .-rle_encode
	.section	.note.GNU-stack,"",@progbits
