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
	fmv.d	fa4,fa0
	ble	a1,zero,.L4
	mv	a5,a0
	slli	a1,a1,3
	add	a0,a0,a1
	fmv.d.x	fa0,zero
.L3:
	fmul.d	fa0,fa4,fa0
	fld	fa5,0(a5)
	fadd.d	fa0,fa0,fa5
	addi	a5,a5,8
	bne	a5,a0,.L3
	ret
.L4:
	fmv.d.x	fa0,zero
	ret
	.size	horner, .-horner
	.section	.note.GNU-stack,"",@progbits
