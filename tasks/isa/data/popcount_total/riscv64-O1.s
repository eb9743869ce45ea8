	.file	"popcount_total.c"
	.option pic
	.attribute arch, "rv64i2p1_m2p0_a2p1_f2p2_d2p2_c2p0_zicsr2p0_zifencei2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
	.align	1
	.globl	popcount_total
	.type	popcount_total, @function
popcount_total:
	ble	a1,zero,.L6
	mv	a3,a0
	slli	a1,a1,3
	add	a2,a0,a1
	li	a0,0
.L5:
	ld	a5,0(a3)
	beq	a5,zero,.L3
.L4:
	addi	a4,a5,-1
	and	a5,a5,a4
	addi	a0,a0,1
	bne	a5,zero,.L4
.L3:
	addi	a3,a3,8
	bne	a3,a2,.L5
	ret
.L6:
	li	a0,0
	ret
	.size	popcount_total, .-popcount_total
	.section	.note.GNU-stack,"",@progbits
