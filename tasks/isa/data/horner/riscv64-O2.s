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
	fmv.d.x	fa0,zero
	ble	a1,zero,.L4
	slli	a1,a1,3
	add	a5,a0,a1
.L3:
	fld	fa5,0(a0)
	addi	a0,a0,8
	fmadd.d	fa0,fa4,fa0,fa5
	bne	a0,a5,.L3
	ret
.L4:
	ret
	.size	horner, .-horner
	.section	.note.GNU-stack,"",@progbits
