	.arch armv8-a
	.file	"newton_sqrt.c"
	.text
	.align	2
	.p2align 4,,11
	.global	newton_sqrt
	.type	newton_sqrt, %function
newton_sqrt:
	fmov	d1, d0
	fmov	d0, -1.0e+0
	fcmpe	d1, #0.0
	bmi	.L1
	fcmp	d1, #0.0
	fmov	d0, d1
	fccmp	d1, d1, 0, ne
	bne	.L1
	adrp	x0, .LC0
	ldr	d2, [x0, #:lo12:.LC0]
	fcmpe	d1, d2
	bgt	.L1
	fmov	d2, 1.0e+0
	fmov	d4, 5.0e-1
	fcmpe	d1, d2
	fcsel	d2, d1, d2, gt
	.p2align 3,,7
.L5:
	fdiv	d3, d1, d2
	fmov	d0, d2
	fadd	d2, d3, d2
	fmul	d2, d2, d4
	fcmpe	d0, d2
	bls	.L1
	b	.L5
	.p2align 2,,3
.L1:
	ret
	.size	newton_sqrt, .-newton_sqrt
	.section	.rodata.cst8,"aM",@progbits,8
	.align	3
.LC0:
	.word	-2013235812
	.word	2117592124
	.section	.note.GNU-stack,"",@progbits
