	.file	"newton_sqrt.c"
	.option pic
	.attribute arch, "rv64i2p1_m2p0_a2p1_f2p2_d2p2_c2p0_zicsr2p0_zifencei2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
	.align	1
	.globl	newton_sqrt
	.type	newton_sqrt, @function
newton_sqrt:
	fmv.d.x	fa5,zero
	flt.d	a5,fa0,fa5
	bne	a5,zero,.L7
	feq.d	a5,fa0,fa5
	bne	a5,zero,.L2
	feq.d	a5,fa0,fa0
	beq	a5,zero,.L2
	fld	fa5,.LC2,a5
	fgt.d	a5,fa0,fa5
	bne	a5,zero,.L2
	fld	fa4,.LC0,a5
	fgt.d	a5,fa0,fa4
	fmv.d	fa5,fa0
	bne	a5,zero,.L3
	fmv.d	fa5,fa4
.L3:
	fld	fa2,.LC3,a5
.L5:
	fdiv.d	fa4,fa0,fa5
	fmv.d	fa3,fa5
	fadd.d	fa5,fa4,fa5
	fmul.d	fa5,fa5,fa2
	fle.d	a5,fa3,fa5
	beq	a5,zero,.L5
	fmv.d	fa0,fa3
	ret
.L7:
	fld	fa0,.LC1,a5
.L2:
	ret
	.size	newton_sqrt, .-newton_sqrt
	.section	.rodata.cst8,"aM",@progbits,8
	.align	3
.LC0:
	.word	0
	.word	1072693248
	.align	3
.LC1:
	.word	0
	.word	-1074790400
	.align	3
.LC2:
	.word	-2013235812
	.word	2117592124
	.align	3
.LC3:
	.word	0
	.word	1071644672
	.section	.note.GNU-stack,"",@progbits
