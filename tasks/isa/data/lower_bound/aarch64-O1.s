	.arch armv8-a
	.file	"lower_bound.c"
	.text
	.align	2
	.global	lower_bound
	.type	lower_bound, %function
lower_bound:
	mov	x5, x0
	mov	w0, 0
.L3:
	cmp	w1, w0
	ble	.L6
	sub	w3, w1, w0
	add	w3, w3, w3, lsr 31
	add	w3, w0, w3, asr 1
	ldr	w4, [x5, w3, sxtw 2]
	cmp	w4, w2
	blt	.L7
	mov	w1, w3
	b	.L3
.L7:
	add	w0, w3, 1
	b	.L3
.L6:
	ret
	.size	lower_bound, .-lower_bound
	.section	.note.GNU-stack,"",@progbits
