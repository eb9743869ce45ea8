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
	slli	a1,a1,4
	mv	a5,a0
	add	a3,a0,a1
	li	a0,0
.L4:
	lbu	a4,12(a5)
	beq	a4,zero,.L3
	lbu	a4,13(a5)
	bne	a4,zero,.L3
	lw	a4,8(a5)
	bgt	a2,a4,.L3
	add	a0,a0,a4
.L3:
	addi	a5,a5,16
	bne	a3,a5,.L4
	ret
.L5:
	li	a0,0
	ret
	.size	total_active, .-total_active
	.section	.note.GNU-stack,"",@progbits
