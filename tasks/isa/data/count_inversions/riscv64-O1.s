	.file	"count_inversions.c"
	.option pic
	.attribute arch, "rv64i2p1_m2p0_a2p1_f2p2_d2p2_c2p0_zicsr2p0_zifencei2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
	.align	1
	.globl	count_inversions
	.type	count_inversions, @function
count_inversions:
	mv	t3,a0
	ble	a1,zero,.L6
	addi	a6,a0,4
	li	t1,0
	li	a7,0
	li	a0,0
	addiw	t4,a1,-1
	addi	t3,t3,8
.L5:
	addiw	a5,a7,1
	sext.w	a7,a5
	beq	a1,a7,.L1
	lw	a2,-4(a6)
	subw	a3,t4,a5
	slli	a3,a3,32
	srli	a3,a3,32
	add	a3,a3,t1
	slli	a3,a3,2
	add	a3,a3,t3
	mv	a5,a6
.L4:
	lw	a4,0(a5)
	slt	a4,a4,a2
	add	a0,a0,a4
	addi	a5,a5,4
	bne	a5,a3,.L4
	addi	t1,t1,1
	addi	a6,a6,4
	j	.L5
.L6:
	li	a0,0
.L1:
	ret
	.size	count_inversions, .-count_inversions
	.section	.note.GNU-stack,"",@progbits
