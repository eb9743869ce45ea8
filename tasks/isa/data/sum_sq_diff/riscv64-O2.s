	.file	"sum_sq_diff.c"
	.option pic
	.attribute arch, "rv64i2p1_m2p0_a2p1_f2p2_d2p2_c2p0_zicsr2p0_zifencei2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
	.align	1
	.globl	sum_sq_diff
	.type	sum_sq_diff, @function
sum_sq_diff:
	fmv.w.x	fa0,zero
	ble	a2,zero,.L4
	slli	a2,a2,2
	add	a5,a0,a2
.L3:
	flw	fa5,0(a0)
	flw	fa4,0(a1)
	addi	a0,a0,4
	addi	a1,a1,4
	fsub.s	fa5,fa5,fa4
	fmadd.s	fa0,fa5,fa5,fa0
	bne	a0,a5,.L3
	ret
.L4:
	ret
	.size	sum_sq_diff, .-sum_sq_diff
	.section	.note.GNU-stack,"",@progbits
