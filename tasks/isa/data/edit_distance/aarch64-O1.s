	.arch armv8-a
	.file	"edit_distance.c"
	.text
	.align	2
	.global	edit_distance
	.type	edit_distance, %function
edit_distance:
	sub	sp, sp, #1072
	stp	x29, x30, [sp]
	mov	x29, sp
	stp	x19, x20, [sp, 16]
	stp	x21, x22, [sp, 32]
	mov	x21, x0
	mov	x19, x1
	bl	strlen
	mov	x22, x0
	mov	w20, w0
	mov	x0, x19
	bl	strlen
	mov	w11, w0
	tbnz	w0, #31, .L2
	add	x2, sp, 48
	add	w3, w0, 1
	mov	w1, 0
.L3:
	str	w1, [x2], 4
	add	w1, w1, 1
	cmp	w1, w3
	bne	.L3
.L2:
	cmp	w22, 0
	ble	.L4
	mov	x9, 1
	sub	x10, x21, #1
	sub	w8, w0, #1
	add	x1, x19, x9
	add	x8, x8, x1
.L7:
	ldr	w5, [sp, 48]
	str	w9, [sp, 48]
	cmp	w11, 0
	ble	.L5
	ldrb	w7, [x10, x9]
	mov	x1, x19
	add	x4, sp, 52
.L6:
	mov	w3, w5
	ldr	w5, [x4]
	ldr	w2, [x4, -4]
	add	w2, w2, 1
	add	w6, w5, 1
	cmp	w2, w6
	csel	w2, w2, w6, le
	ldrb	w6, [x1], 1
	cmp	w6, w7
	cinc	w3, w3, ne
	cmp	w2, w3
	csel	w2, w2, w3, le
	str	w2, [x4], 4
	cmp	x1, x8
	bne	.L6
.L5:
	add	x9, x9, 1
	cmp	w20, w9
	bge	.L7
.L4:
	add	x1, sp, 48
	ldr	w0, [x1, w0, sxtw 2]
	ldp	x19, x20, [sp, 16]
	ldp	x21, x22, [sp, 32]
	ldp	x29, x30, [sp]
	add	sp, sp, 1072
	ret
	.size	edit_distance, .-edit_distance
	.section	.note.GNU-stack,"",@progbits
