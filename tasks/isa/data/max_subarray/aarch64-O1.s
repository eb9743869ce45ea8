	.arch armv8-a
	.file	"max_subarray.c"
	.text
	.align	2
	.global	max_subarray
	.type	max_subarray, %function
max_subarray:
	mov	x4, x0
	mov	x0, 0
	cmp	w1, 0
	ble	.L1
	ldrsw	x0, [x4]
	cmp	w1, 1
	ble	.L1
	mov	x2, x0
	mov	x3, 1
	b	.L5
.L3:
	ldrsw	x2, [x4, x3, lsl 2]
.L4:
	cmp	x0, x2
	csel	x0, x0, x2, ge
	add	x3, x3, 1
	cmp	w1, w3
	ble	.L1
.L5:
	cmp	x2, 0
	ble	.L3
	ldrsw	x5, [x4, x3, lsl 2]
	add	x2, x2, x5
	b	.L4
.L1:
	ret
	.size	max_subarray, .-max_subarray
	.section	.note.GNU-stack,"",@progbits
