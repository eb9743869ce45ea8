	.arch armv8-a
	.file	"count_inversions.c"
	.text
	.align	2
	.global	count_inversions
	.type	count_inversions, %function
count_inversions:
	mov	x5, x0
	cmp	w1, 0
	ble	.L6
	sxtw	x8, w1
	mov	x6, 1
	mov	x0, 0
	sub	x7, x5, #4
	b	.L5
.L7:
	mov	x6, x2
.L5:
	cmp	w1, w6
	ble	.L1
	ldr	w4, [x7, x6, lsl 2]
	mov	x2, x6
.L4:
	ldr	w3, [x5, x2, lsl 2]
	cmp	w4, w3
	cinc	x0, x0, gt
	add	x2, x2, 1
	cmp	w1, w2
	bgt	.L4
	add	x2, x6, 1
	cmp	x6, x8
	bne	.L7
	b	.L1
.L6:
	mov	x0, 0
.L1:
	ret
	.size	count_inversions, .-count_inversions
	.section	.note.GNU-stack,"",@progbits
