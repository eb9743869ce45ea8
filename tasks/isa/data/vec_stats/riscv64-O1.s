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
	ble	a1,zero,.L7
	fld	fa2,0(a0)
	mv	a5,a0
	slli	a4,a1,3
	add	a4,a0,a4
	fmv.d	fa1,fa2
	fmv.d.x	fa4,zero
	j	.L5
.L4:
	addi	a0,a0,8
	beq	a0,a4,.L12
.L5:
	fld	fa5,0(a0)
	fadd.d	fa4,fa4,fa5
	flt.d	a3,fa5,fa2
	beq	a3,zero,.L3
	fmv.d	fa2,fa5
.L3:
	fgt.d	a3,fa5,fa1
	beq	a3,zero,.L4
	fmv.d	fa1,fa5
	j	.L4
.L12:
	fcvt.d.w	fa0,a1
	fdiv.d	fa4,fa4,fa0
	fmv.d.x	fa3,zero
.L6:
	fld	fa5,0(a5)
	fsub.d	fa5,fa5,fa4
	fmul.d	fa5,fa5,fa5
	fadd.d	fa3,fa3,fa5
	addi	a5,a5,8
	bne	a5,a4,.L6
	fsd	fa4,0(a2)
	fdiv.d	fa3,fa3,fa0
	fsd	fa3,8(a2)
	fsd	fa2,16(a2)
	fsd	fa1,24(a2)
	li	a0,1
	ret
.L7:
	li	a0,0
	ret
	.size	vec_stats, .-vec_stats
	.section	.note.GNU-stack,"",@progbits
