	.arch armv8-a
	.file	"sieve_count.c"
	.text
	.align	2
	.global	sieve_count
	.type	sieve_count, %function
sieve_count:
	sub	sp, sp, #48
	str	w0, [sp, 12]
	str	x1, [sp]
	ldr	w0, [sp, 12]
	cmp	w0, 2
	bgt	.L2
	mov	w0, 0
	b	.L3
.L2:
	str	wzr, [sp, 44]
	b	.L4
.L5:
	ldrsw	x0, [sp, 44]
	ldr	x1, [sp]
	add	x0, x1, x0
	mov	w1, 1
	strb	w1, [x0]
	ldr	w0, [sp, 44]
	add	w0, w0, 1
	str	w0, [sp, 44]
.L4:
	ldr	w1, [sp, 44]
	ldr	w0, [sp, 12]
	cmp	w1, w0
	blt	.L5
	str	wzr, [sp, 40]
	mov	w0, 2
	str	w0, [sp, 36]
	b	.L6
.L11:
	ldrsw	x0, [sp, 36]
	ldr	x1, [sp]
	add	x0, x1, x0
	ldrb	w0, [x0]
	cmp	w0, 0
	beq	.L12
	ldr	w0, [sp, 40]
	add	w0, w0, 1
	str	w0, [sp, 40]
	ldrsw	x1, [sp, 36]
	ldrsw	x0, [sp, 36]
	mul	x0, x1, x0
	str	x0, [sp, 24]
	b	.L9
.L10:
	ldr	x0, [sp, 24]
	ldr	x1, [sp]
	add	x0, x1, x0
	strb	wzr, [x0]
	ldrsw	x0, [sp, 36]
	ldr	x1, [sp, 24]
	add	x0, x1, x0
	str	x0, [sp, 24]
.L9:
	ldrsw	x0, [sp, 12]
	ldr	x1, [sp, 24]
	cmp	x1, x0
	blt	.L10
	b	.L8
.L12:
	nop
.L8:
	ldr	w0, [sp, 36]
	add	w0, w0, 1
	str	w0, [sp, 36]
.L6:
	ldr	w1, [sp, 36]
	ldr	w0, [sp, 12]
	cmp	w1, w0
	blt	.L11
	ldr	w0, [sp, 40]
.L3:
	add	sp, sp, 48
	ret
	.size	sieve_count, .-sieve_count
	.section	.note.GNU-stack,"",@progbits
