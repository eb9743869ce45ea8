	.arch armv8-a
	.file	"fib.c"
	.text
	.align	2
	.global	fib
	.type	fib, %function
fib:
	stp	x29, x30, [sp, -48]!
	mov	x29, sp
	str	x19, [sp, 16]
	str	w0, [sp, 44]
	ldr	w0, [sp, 44]
	cmp	w0, 1
	bgt	.L2
	ldrsw	x0, [sp, 44]
	b	.L4
.L2:
	ldr	w0, [sp, 44]
	sub	w0, w0, #1
	bl	fib
	mov	x19, x0
	ldr	w0, [sp, 44]
	sub	w0, w0, #2
	bl	fib
	add	x0, x19, x0
.L4:
	ldr	x19, [sp, 16]
	ldp	x29, x30, [sp], 48
	ret
	.size	fib, .-fib
	.section	.note.GNU-stack,"",@progbits
