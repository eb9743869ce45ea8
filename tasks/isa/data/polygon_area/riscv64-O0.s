	.file	"polygon_area.c"
	.option pic
	.attribute arch, "rv64i2p1_m2p0_a2p1_f2p2_d2p2_c2p0_zicsr2p0_zifencei2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
	.align	1
	.globl	polygon_area
	.type	polygon_area, @function
polygon_area:
	addi	sp,sp,-64
	sd	s0,56(sp)
	addi	s0,sp,64
	sd	a0,-56(s0)
	mv	a5,a1
	sw	a5,-60(s0)
	sd	zero,-24(s0)
	sw	zero,-28(s0)
	j	.L2
.L3:
	lw	a5,-28(s0)
	slli	a5,a5,4
	ld	a4,-56(s0)
	add	a5,a4,a5
	sd	a5,-40(s0)
	lw	a5,-28(s0)
	addiw	a5,a5,1
	sext.w	a5,a5
	mv	a4,a5
	lw	a5,-60(s0)
	remw	a5,a4,a5
	sext.w	a5,a5
	slli	a5,a5,4
	ld	a4,-56(s0)
	add	a5,a4,a5
	sd	a5,-48(s0)
	ld	a5,-40(s0)
	fld	fa4,0(a5)
	ld	a5,-48(s0)
	fld	fa5,8(a5)
	fmul.d	fa4,fa4,fa5
	ld	a5,-48(s0)
	fld	fa3,0(a5)
	ld	a5,-40(s0)
	fld	fa5,8(a5)
	fmul.d	fa5,fa3,fa5
	fsub.d	fa5,fa4,fa5
	fld	fa4,-24(s0)
	fadd.d	fa5,fa4,fa5
	fsd	fa5,-24(s0)
	lw	a5,-28(s0)
	addiw	a5,a5,1
	sw	a5,-28(s0)
.L2:
	lw	a5,-28(s0)
	mv	a4,a5
	lw	a5,-60(s0)
	sext.w	a4,a4
	sext.w	a5,a5
	blt	a4,a5,.L3
	fld	fa5,-24(s0)
	fmv.d.x	fa4,zero
	flt.d	a5,fa5,fa4
	beq	a5,zero,.L9
	fld	fa5,-24(s0)
	fneg.d	fa5,fa5
	j	.L6
.L9:
	fld	fa5,-24(s0)
.L6:
	lla	a5,.LC0
	fld	fa4,0(a5)
	fdiv.d	fa5,fa5,fa4
	fmv.d	fa0,fa5
	ld	s0,56(sp)
	addi	sp,sp,64
	jr	ra
	.size	polygon_area, .-polygon_area
	.section	.rodata
	.align	3
.LC0:
	.word	0
	.word	1073741824
	.section	.note.GNU-stack,"",@progbits
