	.arch armv8-a
	.file	"sieve_count.c"
	.text
	.align	2
	.p2align 4,,11
	.global	sieve_count
	.type	sieve_count, %function
sieve_count:
	cmp	w0, 2
	ble	.L7
	stp	x29, x30, [sp, -32]!
	mov	x4, x1
	uxtw	x2, w0
	mov	x29, sp
	str	x19, [sp, 16]
	mov	w19, w0
	mov	w1, 1
	mov	x0, x4
	bl	memset
	mov	x4, x0
	sxtw	x1, w19
	mov	x3, 2
	mov	w0, 0
	b	.L6
	.p2align 2,,3
.L3:
	add	x3, x3, 1
	cmp	w19, w3
	ble	.L18
.L6:
	ldrb	w2, [x4, x3]
	cbz	w2, .L3
	mul	x2, x3, x3
	add	w0, w0, 1
	cmp	x2, x1
	bge	.L3
	.p2align 3,,7
.L5:
	strb	wzr, [x4, x2]
	add	x2, x2, x3
	cmp	x2, x1
	blt	.L5
	add	x3, x3, 1
	cmp	w19, w3
	bgt	.L6
.L18:
	ldr	x19, [sp, 16]
	ldp	x29, x30, [sp], 32
	ret
	.p2align 2,,3
.L7:
	mov	w0, 0
	ret
	.size	sieve_count, .-sieve_count
	.section	.note.GNU-stack,"",@progbits
