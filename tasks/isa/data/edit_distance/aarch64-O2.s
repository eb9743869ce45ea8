	.arch armv8-a
	.file	"edit_distance.c"
	.text
	.align	2
	.p2align 4,,11
	.global	edit_distance
	.type	edit_distance, %function
edit_distance:
	sub	sp, sp, #1072
	stp	x29, x30, [sp]
	mov	x29, sp
	stp	x19, x20, [sp, 16]
	mov	x19, x1
	mov	x20, x0
	str	x21, [sp, 32]
	bl	strlen
	mov	x21, x0
	mov	x0, x19
	bl	strlen
	mov	w5, w0
	add	x1, sp, 48
	mov	w14, w21
	add	w4, w0, 1
	mov	x3, x1
	mov	w2, 0
	tbnz	w0, #31, .L6
	.p2align 3,,7
.L5:
	str	w2, [x3], 4
	add	w2, w2, 1
	cmp	w4, w2
	bne	.L5
.L6:
	cmp	w21, 0
	ble	.L4
	ldr	w6, [sp, 48]
	mov	x11, 1
.L10:
	str	w11, [sp, 48]
	mov	w12, w11
	cmp	w5, 0
	ble	.L7
	sub	x13, x20, #1
	sub	w10, w0, #1
	.p2align 3,,7
.L9:
	ldrb	w9, [x13, x11]
	mov	w3, w12
	mov	x4, 0
	.p2align 3,,7
.L8:
	ldrb	w5, [x19, x4]
	add	x7, x1, x4, lsl 2
	add	w3, w3, 1
	cmp	w5, w9
	mov	x5, x4
	cinc	w2, w6, ne
	ldr	w6, [x7, 4]
	add	x4, x4, 1
	add	w8, w6, 1
	cmp	w2, w8
	csel	w2, w2, w8, le
	cmp	w2, w3
	csel	w3, w2, w3, le
	str	w3, [x7, 4]
	cmp	x10, x5
	bne	.L8
	add	x11, x11, 1
	cmp	w14, w11
	blt	.L4
	mov	w6, w12
	mov	w12, w11
	str	w11, [sp, 48]
	b	.L9
.L7:
	mov	w6, w11
	add	x11, x11, 1
	cmp	w14, w11
	bge	.L10
.L4:
	ldp	x29, x30, [sp]
	ldp	x19, x20, [sp, 16]
	ldr	x21, [sp, 32]
	ldr	w0, [x1, w0, sxtw 2]
	add	sp, sp, 1072
	ret
	.size	edit_distance, .-edit_distance
	.section	.note.GNU-stack,"",@progbits
