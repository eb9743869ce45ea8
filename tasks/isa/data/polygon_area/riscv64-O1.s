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
	ble	a1,zero,.L5
	mv	a4,a0
	li	a3,0
	fmv.d.x	fa3,zero
.L3:
	addiw	a5,a3,1
	sext.w	a3,a5
	remw	a5,a5,a1
	slli	a5,a5,4
	add	a5,a0,a5
	fld	fa5,0(a4)
	fld	fa4,8(a5)
	fmul.d	fa5,fa5,fa4
	fld	fa4,0(a5)
	fld	fa2,8(a4)
	fmul.d	fa4,fa4,fa2
	fsub.d	fa5,fa5,fa4
	fadd.d	fa3,fa3,fa5
	addi	a4,a4,16
	bne	a3,a1,.L3
	fmv.d.x	fa5,zero
	flt.d	a5,fa3,fa5
	bne	a5,zero,.L8
.L2:
	fld	fa0,.LC0,a5
	fmul.d	fa0,fa3,fa0
	ret
.L8:
	fneg.d	fa3,fa3
	j	.L2
.L5:
	fmv.d.x	fa3,zero
	j	.L2
	.size	polygon_area, .-polygon_area
	.section	.rodata.cst8,"aM",@progbits,8
	.align	3
.LC0:
	.word	0
	.word	1071644672
	.section	.note.GNU-stack,"",@progbits
