	.file	"vec_stats.c"
	.option pic
	.attribute arch, "rv64i2p1_m2p0_a2p1_f2p2_d2p2_c2p0_zicsr2p0_zifencei2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
	.align	1
	.globl	vec_stats
	.type	vec_stats, @function
vec_stats:
	addi	sp,sp,-112
	sd	s0,104(sp)
	addi	s0,sp,112
	sd	a0,-88(s0)
	mv	a5,a1
	sd	a2,-104(s0)
	sw	a5,-92(s0)
	lw	a5,-92(s0)
	sext.w	a5,a5
	bgt	a5,zero,.L2
	li	a5,0
	j	.L3
.L2:
	sd	zero,-24(s0)
	ld	a5,-88(s0)
	fld	fa5,0(a5)
	fsd	fa5,-32(s0)
	ld	a5,-88(s0)
	fld	fa5,0(a5)
	fsd	fa5,-40(s0)
	sw	zero,-44(s0)
	j	.L4
.L9:
	lw	a5,-44(s0)
	slli	a5,a5,3
	ld	a4,-88(s0)
	add	a5,a4,a5
	fld	fa5,0(a5)
	fld	fa4,-24(s0)
	fadd.d	fa5,fa4,fa5
	fsd	fa5,-24(s0)
	lw	a5,-44(s0)
	slli	a5,a5,3
	ld	a4,-88(s0)
	add	a5,a4,a5
	fld	fa5,0(a5)
	fld	fa4,-32(s0)
	fgt.d	a5,fa4,fa5
	beq	a5,zero,.L5
	lw	a5,-44(s0)
	slli	a5,a5,3
	ld	a4,-88(s0)
	add	a5,a4,a5
	fld	fa5,0(a5)
	fsd	fa5,-32(s0)
.L5:
	lw	a5,-44(s0)
	slli	a5,a5,3
	ld	a4,-88(s0)
	add	a5,a4,a5
	fld	fa5,0(a5)
	fld	fa4,-40(s0)
	flt.d	a5,fa4,fa5
	beq	a5,zero,.L7
	lw	a5,-44(s0)
	slli	a5,a5,3
	ld	a4,-88(s0)
	add	a5,a4,a5
	fld	fa5,0(a5)
	fsd	fa5,-40(s0)
.L7:
	lw	a5,-44(s0)
	addiw	a5,a5,1
	sw	a5,-44(s0)
.L4:
	lw	a5,-44(s0)
	mv	a4,a5
	lw	a5,-92(s0)
	sext.w	a4,a4
	sext.w	a5,a5
	blt	a4,a5,.L9
	lw	a5,-92(s0)
	fcvt.d.w	fa5,a5
	fld	fa4,-24(s0)
	fdiv.d	fa5,fa4,fa5
	fsd	fa5,-72(s0)
	sd	zero,-56(s0)
	sw	zero,-60(s0)
	j	.L10
.L11:
	lw	a5,-60(s0)
	slli	a5,a5,3
	ld	a4,-88(s0)
	add	a5,a4,a5
	fld	fa4,0(a5)
	fld	fa5,-72(s0)
	fsub.d	fa4,fa4,fa5
	lw	a5,-60(s0)
	slli	a5,a5,3
	ld	a4,-88(s0)
	add	a5,a4,a5
	fld	fa3,0(a5)
	fld	fa5,-72(s0)
	fsub.d	fa5,fa3,fa5
	fmul.d	fa5,fa4,fa5
	fld	fa4,-56(s0)
	fadd.d	fa5,fa4,fa5
	fsd	fa5,-56(s0)
	lw	a5,-60(s0)
	addiw	a5,a5,1
	sw	a5,-60(s0)
.L10:
	lw	a5,-60(s0)
	mv	a4,a5
	lw	a5,-92(s0)
	sext.w	a4,a4
	sext.w	a5,a5
	blt	a4,a5,.L11
	ld	a5,-104(s0)
	fld	fa5,-72(s0)
	fsd	fa5,0(a5)
	lw	a5,-92(s0)
	fcvt.d.w	fa5,a5
	fld	fa4,-56(s0)
	fdiv.d	fa5,fa4,fa5
	ld	a5,-104(s0)
	fsd	fa5,8(a5)
	ld	a5,-104(s0)
	fld	fa5,-32(s0)
	fsd	fa5,16(a5)
	ld	a5,-104(s0)
	fld	fa5,-40(s0)
	fsd	fa5,24(a5)
	li	a5,1
.L3:
	mv	a0,a5
	ld	s0,104(sp)
	addi	sp,sp,112
	jr	ra
	.size	vec_stats, .-vec_stats
	.section	.note.GNU-stack,"",@progbits
