	.arch armv8-a
	.file	"newton_sqrt.c"
	.text
	.align	2
	.global	newton_sqrt
	.type	newton_sqrt, %function
newton_sqrt:
	sub	sp, sp, #32
	str	d0, [sp, 8]
	ldr	d0, [sp, 8]
	fcmpe	d0, #0.0
	bmi	.L14
	b	.L17
.L14:
	fmov	d0, -1.0e+0
	b	.L4
.L17:
	ldr	d0, [sp, 8]
	fcmp	d0, #0.0
	beq	.L5
	ldr	d1, [sp, 8]
	ldr	d0, [sp, 8]
	fcmp	d1, d0
	bne	.L5
	ldr	d0, [sp, 8]
	adrp	x0, .LC0
	ldr	d1, [x0, #:lo12:.LC0]
	fcmpe	d0, d1
	bgt	.L5
	b	.L18
.L5:
	ldr	d0, [sp, 8]
	b	.L4
.L18:
	ldr	d1, [sp, 8]
	fmov	d0, 1.0e+0
	fcmpe	d1, d0
	bgt	.L15
	b	.L19
.L15:
	ldr	d0, [sp, 8]
	b	.L10
.L19:
	fmov	d0, 1.0e+0
.L10:
	str	d0, [sp, 24]
.L13:
	ldr	d0, [sp, 24]
	ldr	d1, [sp, 8]
	fdiv	d1, d1, d0
	ldr	d0, [sp, 24]
	fadd	d1, d1, d0
	fmov	d0, 5.0e-1
	fmul	d0, d1, d0
	str	d0, [sp, 16]
	ldr	d1, [sp, 16]
	ldr	d0, [sp, 24]
	fcmpe	d1, d0
	bge	.L16
	b	.L20
.L16:
	ldr	d0, [sp, 24]
	b	.L4
.L20:
	ldr	d0, [sp, 16]
	str	d0, [sp, 24]
	b	.L13
.L4:
	add	sp, sp, 32
	ret
	.size	newton_sqrt, .-newton_sqrt
	.section	.rodata
	.align	3
.LC0:
	.word	-2013235812
	.word	2117592124
	.section	.note.GNU-stack,"",@progbits
