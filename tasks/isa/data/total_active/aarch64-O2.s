	.arch armv8-a
	.file	"total_active.c"
	.text
	.align	2
	.p2align 4,,11
	.global	total_active
	.type	total_active, %function
total_active:
	cmp	w1, 0
	ble	.L5
	add	x3, x0, 8
	mov	x0, 0
	add	x4, x3, w1, sxtw 4
	.p2align 3,,7
.L4:
	ldrb	w1, [x3, 4]
	cbz	w1, .L3
	ldrb	w1, [x3, 5]
	cbnz	w1, .L3
	ldr	w1, [x3]
	cmp	w2, w1
	add	x1, x0, w1, sxtw
	csel	x0, x1, x0, le
.L3:
	add	x3, x3, 16
	cmp	x4, x3
	bne	.L4
	ret
	.p2align 2,,3
.L5:
	mov	x0, 0
	ret
	.size	total_active, .-total_active
	.section	.note.GNU-stack,"",@progbits
