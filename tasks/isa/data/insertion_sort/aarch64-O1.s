	.arch armv8-a
	.file	"insertion_sort.c"
	.text
	.align	2
	.global	insertion_sort
	.type	insertion_sort, %function
insertion_sort:
	cmp	w1, 1
	ble	.L1
	mov	x6, x0
	sub	w7, w1, #1
	mov	w5, 0
	b	.L6
.L4:
	add	x2, x0, w2, sxtw 2
	str	w4, [x2, 4]
	add	w5, w5, 1
	add	x6, x6, 4
	cmp	w5, w7
	beq	.L1
.L6:
	ldr	w4, [x6, 4]
	mov	w2, w5
	mov	x1, x6
	tbnz	w5, #31, .L4
.L3:
	ldr	w3, [x1]
	cmp	w3, w4
	ble	.L4
	str	w3, [x1, 4]
	sub	w2, w2, #1
	sub	x1, x1, #4
	cmn	w2, #1
	bne	.L3
	b	.L4
.L1:
	ret
	.size	insertion_sort, .-insertion_sort
	.section	.note.GNU-stack,"",@progbits
