	.arch armv8-a
	.file	"count_inversions.c"
	.text
	.align	2
	.p2align 4,,11
	.global	count_inversions
	.type	count_inversions, %function
count_inversions:
	mov	x5, x0
	cmp	w1, 0
	ble	.L7
	cmp	w1, 1
	beq	.L7
	sub	x7, x0, #4
	mov	x6, 1
	mov	x0, 0
	.p2align 3,,7
.L6:
	ldr	w4, [x7, x6, lsl 2]
	mov	x2, x6
	.p2align 3,,7
.L5:
	ldr	w3, [x5, x2, lsl 2]
	add	x2, x2, 1
	cmp	w4, w3
	cinc	x0, x0, gt
	cmp	w1, w2
	bgt	.L5
	add	x6, x6, 1
	cmp	w1, w6
	bgt	.L6
	ret
.L7:
	mov	x0, 0
	ret
	.size	count_inversions, .-count_inversions
	.section	.note.GNU-stack,"",@progbits
