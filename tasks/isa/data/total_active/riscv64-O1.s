	.file	"total_active.c"
	.option pic
	.attribute arch, "rv64i2p1_m2p0_a2p1_f2p2_d2p2_c2p0_zicsr2p0_zifencei2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
	.align	1
	.globl	total_active
	.type	total_active, @function
total_active:
	ble	a1,zero,.L5
	mv	a5,a0
	slli	a1,a1,4
	add	a3,a0,a1
	li	a0,0
	j	.L4
.L3:
	addi	a5,a5,16
	beq	a5,a3,.L7
.L4:
	lbu	a4,12(a5)
	beq	a4,zero,.L3
	lbu	a4,13(a5)
	bne	a4,zero,.L3
	lw	a4,8(a5)
	blt	a4,a2,.L3
	add	a0,a0,a4
	j	.L3
.L7:
	ret
.L5:
	li	a0,0
	ret
	.size	total_active, .-total_active
	.section	.note.GNU-stack,"",@progbits
