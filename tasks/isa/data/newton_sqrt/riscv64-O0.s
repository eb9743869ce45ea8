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
	addi	sp,sp,-48
	sd	s0,40(sp)
	addi	s0,sp,48
	fsd	fa0,-40(s0)
	fld	fa5,-40(s0)
	fmv.d.x	fa4,zero
	flt.d	a5,fa5,fa4
	beq	a5,zero,.L17
	lla	a5,.LC0
	fld	fa5,0(a5)
	j	.L4
.L17:
	fld	fa5,-40(s0)
	fmv.d.x	fa4,zero
	feq.d	a5,fa5,fa4
	bne	a5,zero,.L5
	fld	fa4,-40(s0)
	fld	fa5,-40(s0)
	feq.d	a5,fa4,fa5
	beq	a5,zero,.L5
	fld	fa4,-40(s0)
	lla	a5,.LC1
	fld	fa5,0(a5)
	fgt.d	a5,fa4,fa5
	beq	a5,zero,.L18
.L5:
	fld	fa5,-40(s0)
	j	.L4
.L18:
	fld	fa4,-40(s0)
	lla	a5,.LC2
	fld	fa5,0(a5)
	fgt.d	a5,fa4,fa5
	beq	a5,zero,.L19
	fld	fa5,-40(s0)
	j	.L10
.L19:
	lla	a5,.LC2
	fld	fa5,0(a5)
.L10:
	fsd	fa5,-24(s0)
.L13:
	fld	fa4,-40(s0)
	fld	fa5,-24(s0)
	fdiv.d	fa4,fa4,fa5
	fld	fa5,-24(s0)
	fadd.d	fa4,fa4,fa5
	lla	a5,.LC3
	fld	fa5,0(a5)
	fmul.d	fa5,fa4,fa5
	fsd	fa5,-32(s0)
	fld	fa4,-32(s0)
	fld	fa5,-24(s0)
	fge.d	a5,fa4,fa5
	beq	a5,zero,.L20
	fld	fa5,-24(s0)
	j	.L4
.L20:
	fld	fa5,-32(s0)
	fsd	fa5,-24(s0)
	j	.L13
.L4:
	fmv.d	fa0,fa5
	ld	s0,40(sp)
	addi	sp,sp,48
	jr	ra
	.size	newton_sqrt, .-newton_sqrt
	.section	.rodata
	.align	3
.LC0:
	.word	0
	.word	-1074790400
	.align	3
.LC1:
	.word	-2013235812
	.word	2117592124
	.align	3
.LC2:
	.word	0
	.word	1072693248
	.align	3
.LC3:
	.word	0
	.word	1071644672
	.section	.note.GNU-stack,"",@progbits
