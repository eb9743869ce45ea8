	.arch armv8-a
	.file	"fib.c"
	.text
	.align	2
	.global	fib
	.type	fib, %function
fib:
	stp	x29, x30, [sp, -32]!
	mov	x29, sp
	stp	x19, x20, [sp, 16]
	mov	w19, w0
	cmp	w0, 1
	bgt	.L2
	sxtw	x0, w0
.L1:
	ldp	x19, x20, [sp, 16]
	ldp	x29, x30, [sp], 32
	ret
.L2:
	sub	w0, w0, #1
	bl	fib
	mov	x20, x0
	sub	w0, w19, #2
	bl	fib
	add	x0, x20, x0
	b	.L1
	.size	fib, .-fib
	.section	.note.GNU-stack,"",@progbits
