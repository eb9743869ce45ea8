	.arch armv8-a
	.file	"insertion_sort.c"
	.text
	.align	2
	.p2align 4,,11
	.global	insertion_sort
	.type	insertion_sort, %function
insertion_sort:
	sub	w6, w1, #1
	add	x4, x0, 4
	mov	x5, 0
	cmp	w1, 1
	ble	.L1
	.p2align 3,,7
.L6:
	ldr	w3, [x4, x5, lsl 2]
	mov	x1, x5
	b	.L3
	.p2align 2,,3
.L5:
	str	w2, [x4, x1, lsl 2]
	sub	x1, x1, #1
	cmn	w1, #1
	beq	.L8
.L3:
	ldr	w2, [x0, x1, lsl 2]
	cmp	w2, w3
	bgt	.L5
	add	w1, w1, 1
	add	x1, x0, w1, sxtw 2
.L4:
	add	x5, x5, 1
	str	w3, [x1]
	cmp	x6, x5
	bne	.L6
.L1:
	ret
	.p2align 2,,3
.L8:
	mov	x1, x0
	b	.L4
	.size	insertion_sort, .-insertion_sort
	.section	.note.GNU-stack,"",@progbits
