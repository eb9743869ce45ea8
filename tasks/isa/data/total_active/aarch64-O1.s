	.arch armv8-a
	.file	"total_active.c"
	.text
	.align	2
	.global	total_active
	.type	total_active, %function
total_active:
	cmp	w1, 0
	ble	.L5
	add	x3, x0, 8
	add	x4, x3, w1, sxtw 4
	mov	x0, 0
	b	.L4
.L3:
	add	x3, x3, 16
	cmp	x3, x4
	beq	.L1
.L4:
	ldrb	w1, [x3, 4]
	cbz	w1, .L3
	ldrb	w1, [x3, 5]
	cbnz	w1, .L3
	ldr	w1, [x3]
	add	x5, x0, w1, sxtw
	cmp	w1, w2
	csel	x0, x5, x0, ge
	b	.L3
.L5:
	mov	x0, 0
.L1:
	ret
	.size	total_active, .-total_active
	.section	.note.GNU-stack,"",@progbits
