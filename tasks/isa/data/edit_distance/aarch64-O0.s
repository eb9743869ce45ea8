	.arch armv8-a
	.file	"edit_distance.c"
	.text
	.align	2
	.global	edit_distance
	.type	edit_distance, %function
edit_distance:
	sub	sp, sp, #1088
	stp	x29, x30, [sp]
	mov	x29, sp
	str	x0, [sp, 24]
	str	x1, [sp, 16]
	ldr	x0, [sp, 24]
	bl	strlen
	str	w0, [sp, 1064]
	ldr	x0, [sp, 16]
	bl	strlen
	str	w0, [sp, 1060]
	str	wzr, [sp, 1084]
	b	.L2
.L3:
	ldrsw	x0, [sp, 1084]
	lsl	x0, x0, 2
	add	x1, sp, 32
	ldr	w2, [sp, 1084]
	str	w2, [x1, x0]
	ldr	w0, [sp, 1084]
	add	w0, w0, 1
	str	w0, [sp, 1084]
.L2:
	ldr	w1, [sp, 1084]
	ldr	w0, [sp, 1060]
	cmp	w1, w0
	ble	.L3
	mov	w0, 1
	str	w0, [sp, 1080]
	b	.L4
.L9:
	ldr	w0, [sp, 32]
	str	w0, [sp, 1076]
	ldr	w0, [sp, 1080]
	str	w0, [sp, 32]
	mov	w0, 1
	str	w0, [sp, 1072]
	b	.L5
.L8:
	ldrsw	x0, [sp, 1072]
	lsl	x0, x0, 2
	add	x1, sp, 32
	ldr	w0, [x1, x0]
	str	w0, [sp, 1056]
	ldrsw	x0, [sp, 1080]
	sub	x0, x0, #1
	ldr	x1, [sp, 24]
	add	x0, x1, x0
	ldrb	w1, [x0]
	ldrsw	x0, [sp, 1072]
	sub	x0, x0, #1
	ldr	x2, [sp, 16]
	add	x0, x2, x0
	ldrb	w0, [x0]
	cmp	w1, w0
	cset	w0, ne
	and	w0, w0, 255
	mov	w1, w0
	ldr	w0, [sp, 1076]
	add	w0, w0, w1
	str	w0, [sp, 1068]
	ldr	w0, [sp, 1056]
	add	w0, w0, 1
	ldr	w1, [sp, 1068]
	cmp	w1, w0
	ble	.L6
	ldr	w0, [sp, 1056]
	add	w0, w0, 1
	str	w0, [sp, 1068]
.L6:
	ldr	w0, [sp, 1072]
	sub	w0, w0, #1
	sxtw	x0, w0
	lsl	x0, x0, 2
	add	x1, sp, 32
	ldr	w0, [x1, x0]
	add	w0, w0, 1
	ldr	w1, [sp, 1068]
	cmp	w1, w0
	ble	.L7
	ldr	w0, [sp, 1072]
	sub	w0, w0, #1
	sxtw	x0, w0
	lsl	x0, x0, 2
	add	x1, sp, 32
	ldr	w0, [x1, x0]
	add	w0, w0, 1
	str	w0, [sp, 1068]
.L7:
	ldrsw	x0, [sp, 1072]
	lsl	x0, x0, 2
	add	x1, sp, 32
	ldr	w2, [sp, 1068]
	str	w2, [x1, x0]
	ldr	w0, [sp, 1056]
	str	w0, [sp, 1076]
	ldr	w0, [sp, 1072]
	add	w0, w0, 1
	str	w0, [sp, 1072]
.L5:
	ldr	w1, [sp, 1072]
	ldr	w0, [sp, 1060]
	cmp	w1, w0
	ble	.L8
	ldr	w0, [sp, 1080]
	add	w0, w0, 1
	str	w0, [sp, 1080]
.L4:
	ldr	w1, [sp, 1080]
	ldr	w0, [sp, 1064]
	cmp	w1, w0
	ble	.L9
	ldrsw	x0, [sp, 1060]
	lsl	x0, x0, 2
	add	x1, sp, 32
	ldr	w0, [x1, x0]
	ldp	x29, x30, [sp]
	add	sp, sp, 1088
	ret
	.size	edit_distance, .-edit_distance
	.section	.note.GNU-stack,"",@progbits
