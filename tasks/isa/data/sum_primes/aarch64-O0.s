	.arch armv8-a
	.file	"sum_primes.c"
	.text
	.align	2
	.global	sum_primes
	.type	sum_primes, %function
sum_primes:
	sub	sp, sp, #48
	str	w0, [sp, 12]
	str	xzr, [sp, 40]
	mov	w0, 2
	str	w0, [sp, 36]
	b	.L2
.L8:
	mov	w0, 1
	str	w0, [sp, 32]
	mov	w0, 2
	str	w0, [sp, 28]
	b	.L3
.L6:
	ldr	w0, [sp, 36]
	ldr	w1, [sp, 28]
	sdiv	w2, w0, w1
	ldr	w1, [sp, 28]
	mul	w1, w2, w1
	sub	w0, w0, w1
	cmp	w0, 0
	bne	.L4
	str	wzr, [sp, 32]
	b	.L5
.L4:
	ldr	w0, [sp, 28]
	add	w0, w0, 1
	str	w0, [sp, 28]
.L3:
	ldr	w0, [sp, 28]
	mul	w0, w0, w0
	ldr	w1, [sp, 36]
	cmp	w1, w0
	bge	.L6
.L5:
	ldr	w0, [sp, 32]
	cmp	w0, 0
	beq	.L7
	ldrsw	x0, [sp, 36]
	ldr	x1, [sp, 40]
	add	x0, x1, x0
	str	x0, [sp, 40]
.L7:
	ldr	w0, [sp, 36]
	add	w0, w0, 1
	str	w0, [sp, 36]
.L2:
	ldr	w1, [sp, 36]
	ldr	w0, [sp, 12]
	cmp	w1, w0
	blt	.L8
	ldr	x0, [sp, 40]
	add	sp, sp, 48
	ret
	.size	sum_primes, .-sum_primes
	.section	.note.GNU-stack,"",@progbits
