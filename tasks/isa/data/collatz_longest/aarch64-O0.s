	.arch armv8-a
	.file	"collatz_longest.c"
	.text
	.align	2
	.global	collatz_longest
	.type	collatz_longest, %function
collatz_longest:
	sub	sp, sp, #48
	str	w0, [sp, 12]
	str	wzr, [sp, 44]
	str	wzr, [sp, 40]
	mov	w0, 1
	str	w0, [sp, 36]
	b	.L2
.L9:
	ldr	w0, [sp, 36]
	str	x0, [sp, 24]
	str	wzr, [sp, 20]
	b	.L3
.L6:
	ldr	x0, [sp, 24]
	and	x0, x0, 1
	cmp	x0, 0
	beq	.L4
	ldr	x1, [sp, 24]
	mov	x0, x1
	lsl	x0, x0, 1
	add	x0, x0, x1
	add	x0, x0, 1
	b	.L5
.L4:
	ldr	x0, [sp, 24]
	lsr	x0, x0, 1
.L5:
	str	x0, [sp, 24]
	ldr	w0, [sp, 20]
	add	w0, w0, 1
	str	w0, [sp, 20]
.L3:
	ldr	x0, [sp, 24]
	cmp	x0, 1
	bne	.L6
	ldr	w0, [sp, 44]
	cmp	w0, 0
	beq	.L7
	ldr	w1, [sp, 20]
	ldr	w0, [sp, 40]
	cmp	w1, w0
	bls	.L8
.L7:
	ldr	w0, [sp, 36]
	str	w0, [sp, 44]
	ldr	w0, [sp, 20]
	str	w0, [sp, 40]
.L8:
	ldr	w0, [sp, 36]
	add	w0, w0, 1
	str	w0, [sp, 36]
.L2:
	ldr	w1, [sp, 36]
	ldr	w0, [sp, 12]
	cmp	w1, w0
	bcc	.L9
	ldr	w0, [sp, 44]
	add	sp, sp, 48
	ret
	.size	collatz_longest, .-collatz_longest
	.section	.note.GNU-stack,"",@progbits
