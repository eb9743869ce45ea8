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
	ble	a1,zero,.L9
	fld	fa2,0(a0)
	fmv.d.x	fa4,zero
	slli	a4,a1,3
	fmv.d	fa1,fa2
	add	a4,a0,a4
	mv	a5,a0
.L7:
	fld	fa5,0(a5)
	addi	a5,a5,8
	flt.d	a6,fa5,fa2
	fadd.d	fa4,fa4,fa5
	fgt.d	a3,fa5,fa1
	beq	a6,zero,.L3
	fmv.d	fa2,fa5
.L3:
	beq	a3,zero,.L5
	fmv.d	fa1,fa5
.L5:
	bne	a4,a5,.L7
	fcvt.d.w	fa0,a1
	fmv.d.x	fa3,zero
	fdiv.d	fa4,fa4,fa0
.L8:
	fld	fa5,0(a0)
	addi	a0,a0,8
	fsub.d	fa5,fa5,fa4
	fmadd.d	fa3,fa5,fa5,fa3
	bne	a4,a0,.L8
	fsd	fa4,0(a2)
	fsd	fa2,16(a2)
	fsd	fa1,24(a2)
	li	a0,1
	fdiv.d	fa3,fa3,fa0
	fsd	fa3,8(a2)
	ret
.L9:
	li	a0,0
	ret
	.size	vec_stats, .-vec_stats
	.section	.note.GNU-stack,"",@progbits
