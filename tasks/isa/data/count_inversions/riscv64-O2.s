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
	ble	a1,zero,.L8
	li	a5,1
	addi	a6,a0,4
	li	a7,1
	li	a0,0
	beq	a1,a5,.L1
.L7:
	lw	a2,-4(a6)
	mv	a3,a6
	mv	a4,a7
.L6:
	lw	a5,0(a3)
	addiw	a4,a4,1
	addi	a3,a3,4
	slt	a5,a5,a2
	add	a0,a0,a5
	bgt	a1,a4,.L6
	addiw	a7,a7,1
	addi	a6,a6,4
	bne	a1,a7,.L7
	ret
.L8:
	li	a0,0
.L1:
	ret
	.size	count_inversions, .-count_inversions
	.section	.note.GNU-stack,"",@progbits
