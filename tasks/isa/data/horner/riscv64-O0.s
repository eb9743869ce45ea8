	.file	"horner.c"
	.option pic
	.attribute arch, "rv64i2p1_m2p0_a2p1_f2p2_d2p2_c2p0_zicsr2p0_zifencei2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
	.align	1
	.globl	horner
	.type	horner, @function
horner:
	addi	sp,sp,-64
	sd	s0,56(sp)
	addi	s0,sp,64
	sd	a0,-40(s0)
	mv	a5,a1
	fsd	fa0,-56(s0)
	sw	a5,-44(s0)
	sd	zero,-24(s0)
	sw	zero,-28(s0)
	j	.L2
.L3:
	fld	fa4,-24(s0)
	fld	fa5,-56(s0)
	fmul.d	fa4,fa4,fa5
	lw	a5,-28(s0)
	slli	a5,a5,3
	ld	a4,-40(s0)
	add	a5,a4,a5
	fld	fa5,0(a5)
	fadd.d	fa5,fa4,fa5
	fsd	fa5,-24(s0)
	lw	a5,-28(s0)
	addiw	a5,a5,1
	sw	a5,-28(s0)
.L2:
	lw	a5,-28(s0)
	mv	a4,a5
	lw	a5,-44(s0)
	sext.w	a4,a4
	sext.w	a5,a5
	blt	a4,a5,.L3
	fld	fa5,-24(s0)
	fmv.d	fa0,fa5
	ld	s0,56(sp)
	addi	sp,sp,64
	jr	ra
	.size	horner, .-horner
	.section	.note.GNU-stack,"",@progbits
