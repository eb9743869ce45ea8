	.file	"max_subarray.c"
	.option pic
	.attribute arch, "rv64i2p1_m2p0_a2p1_f2p2_d2p2_c2p0_zicsr2p0_zifencei2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
	.align	1
	.globl	max_subarray
	.type	max_subarray, @function
max_subarray:
	mv	a5,a0
	ble	a1,zero,.L7
	lw	a0,0(a0)
	li	a4,1
	ble	a1,a4,.L1
	addi	a4,a5,4
	addiw	a3,a1,-2
	slli	a2,a3,32
	srli	a3,a2,30
	addi	a5,a5,8
	add	a3,a3,a5
	mv	a5,a0
	j	.L6
.L3:
	lw	a5,0(a4)
	j	.L4
.L5:
	addi	a4,a4,4
	beq	a4,a3,.L9
.L6:
	ble	a5,zero,.L3
	lw	a2,0(a4)
	add	a5,a5,a2
.L4:
	bge	a0,a5,.L5
	mv	a0,a5
	j	.L5
.L9:
	ret
.L7:
	li	a0,0
.L1:
	ret
	.size	max_subarray, .-max_subarray
	.section	.note.GNU-stack,"",@progbits
