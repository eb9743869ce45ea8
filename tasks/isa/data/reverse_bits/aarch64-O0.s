	.arch armv8-a
	.file	"reverse_bits.c"
	.text
	.align	2
	.global	reverse_bits
	.type	reverse_bits, %function
reverse_bits:
	sub	sp, sp, #32
	str	w0, [sp, 12]
	str	wzr, [sp, 28]
	str	wzr, [sp, 24]
	b	.L2
.L3:
	ldr	w0, [sp, 28]
	lsl	w1, w0, 1
	ldr	w0, [sp, 12]
	and	w0, w0, 1
	orr	w0, w1, w0
	str	w0, [sp, 28]
	ldr	w0, [sp, 12]
	lsr	w0, w0, 1
	str	w0, [sp, 12]
	ldr	w0, [sp, 24]
	add	w0, w0, 1
	str	w0, [sp, 24]
.L2:
	ldr	w0, [sp, 24]
	cmp	w0, 31
	ble	.L3
	ldr	w0, [sp, 28]
	add	sp, sp, 32
	ret
	.size	reverse_bits, .-reverse_bits
	.section	.note.GNU-stack,"",@progbits
