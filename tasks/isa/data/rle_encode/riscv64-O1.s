	.file	"rle_encode.c"
	.option pic
	.attribute arch, "rv64i2p1_m2p0_a2p1_f2p2_d2p2_c2p0_zicsr2p0_zifencei2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
	.align	1
	.globl	rle_encode
	.type	rle_encode, @function
rle_encode:
	lbu	a3,0(a0)
	beq	a3,zero,.L17
	addi	sp,sp,-16
	mv	a6,a0
	li	a0,0
	li	t6,0
	mv	t4,sp
	li	a7,10
	li	t3,9
	li	t5,1
	subw	t5,t5,t4
	addi	t0,a1,2
	j	.L2
.L17:
	li	a0,0
	add	a1,a1,a0
	sb	zero,0(a1)
	ret
.L4:
	addi	a6,a6,1
	addiw	a5,a5,1
	lbu	a4,0(a6)
	beq	a4,a3,.L4
.L8:
	addi	a2,a0,1
	add	a4,a1,a0
	sb	a3,0(a4)
	mv	a4,t4
.L5:
	remuw	a3,a5,a7
	addiw	a3,a3,48
	sb	a3,0(a4)
	sext.w	a3,a5
	divuw	a5,a5,a7
	mv	t1,a4
	addi	a4,a4,1
	bgtu	a3,t3,.L5
	addw	t1,t5,t1
	sext.w	a4,t1
	beq	a4,zero,.L10
	add	a4,t4,a4
	add	a5,a1,a2
	add	a2,t0,a0
	addiw	a3,t1,-1
	slli	a3,a3,32
	srli	a3,a3,32
	add	a2,a2,a3
.L7:
	lbu	a3,-1(a4)
	sb	a3,0(a5)
	addi	a4,a4,-1
	addi	a5,a5,1
	bne	a5,a2,.L7
	addi	a0,a0,2
	addiw	t1,t1,-1
	slli	t1,t1,32
	srli	t1,t1,32
	add	a0,t1,a0
.L6:
	lbu	a3,0(a6)
	beq	a3,zero,.L3
.L2:
	lbu	a4,0(a6)
	mv	a5,t6
	beq	a4,a3,.L4
	j	.L8
.L10:
	mv	a0,a2
	j	.L6
.L3:
	add	a1,a1,a0
	sb	zero,0(a1)
	addi	sp,sp,16
	jr	ra
	.size	rle_encode, .-rle_encode
	.section	.note.GNU-stack,"",@progbits
