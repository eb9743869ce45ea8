	.arch armv8-a
	.file	"newton_sqrt.c"
	.text
	.align	2
	.global	newton_sqrt
	.type	newton_sqrt, %function
newton_sqrt:
	fmov	d2, d0
	fmov	d0, -1.0e+0
	fcmpe	d2, #0.0
	bmi	.L1
	fcmp	d2, #0.0
	fmov	d0, d2
	fccmp	d2, d2, 0, ne
	bne	.L1
	adrp	x0, .LC0
	ldr	d1, [x0, #:lo12:.LC0]
	fcmpe	d2, d1
	bgt	.L1
	fmov	d0, 1.0e+0
	fcmpe	d2, d0
	fcsel	d1, d2, d0, gt
	fmov	d4, 5.0e-1
.L5:
	fmov	d0, d1
	fdiv	d3, d2, d1
	fadd	d1, d3, d1
	fmul	d1, d1, d4
	fcmpe	d0, d1
	bls	.L1
	b	.L5
.L1:
	ret
	.size	newton_sqrt, .-newton_sqrt
	.section	.rodata.cst8,"aM",@progbits,8
	.align	3
.LC0:
	.word	-2013235812
	.word	2117592124
	.section	.note.GNU-stack,"",@progbits
