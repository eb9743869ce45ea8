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
	fmv.d.x	fa0,zero
	ble	a1,zero,.L5
	mv	a3,a0
	li	a4,0
.L3:
	addiw	a4,a4,1
	remw	a5,a4,a1
	fld	fa2,8(a3)
	fld	fa5,0(a3)
	addi	a3,a3,16
	slli	a5,a5,4
	add	a5,a0,a5
	fld	fa4,0(a5)
	fld	fa3,8(a5)
	fmul.d	fa4,fa4,fa2
	fmsub.d	fa5,fa5,fa3,fa4
	fadd.d	fa0,fa0,fa5
	bne	a4,a1,.L3
	fmv.d.x	fa5,zero
	flt.d	a5,fa0,fa5
	bne	a5,zero,.L4
	fld	fa5,.LC0,a5
	fmul.d	fa0,fa0,fa5
	ret
.L4:
	fld	fa5,.LC1,a5
	fmul.d	fa0,fa0,fa5
	ret
.L5:
	ret
	.size	polygon_area, .-polygon_area
	.section	.rodata.cst8,"aM",@progbits,8
	.align	3
.LC0:
	.word	0
	.word	1071644672
	.align	3
.LC1:
	.word	0
	.word	-1075838976
	.section	.note.GNU-stack,"",@progbits
