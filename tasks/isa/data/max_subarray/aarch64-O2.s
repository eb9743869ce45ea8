	.arch armv8-a
	.file	"max_subarray.c"
	.text
	.align	2
	.p2align 4,,11
	.global	max_subarray
	.type	max_subarray, %function
max_subarray:
	mov	x5, x0
	mov	x0, 0
	cmp	w1, 0
	ble	.L1
	ldrsw	x2, [x5]
	mov	x0, x2
	cmp	w1, 1
	beq	.L1
	mov	x3, 1
	.p2align 3,,7
.L4:
	ldrsw	x4, [x5, x3, lsl 2]
	cmp	x2, 0
	add	x3, x3, 1
	add	x2, x2, x4
	csel	x2, x2, x4, gt
	cmp	x0, x2
	csel	x0, x0, x2, ge
	cmp	w1, w3
	bgt	.L4
.L1:
	ret
	.size	max_subarray, .-max_subarray
	.section	.note.GNU-stack,"",@progbits
