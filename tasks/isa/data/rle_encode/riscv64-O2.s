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
	mv	a2,a0
	li	a0,0
	beq	a3,zero,.L14
	addi	sp,sp,-16
	mv	t4,sp
	li	t5,1
	addi	t6,a1,2
	li	a6,10
	li	t3,9
	subw	t5,t5,t4
.L2:
	li	a5,0
.L4:
	lbu	a4,1(a2)
	addiw	a5,a5,1
	addi	a2,a2,1
	beq	a4,a3,.L4
	add	a4,a1,a0
	sb	a3,0(a4)
	mv	a4,t4
.L5:
	remuw	a3,a5,a6
	mv	t1,a4
	addi	a4,a4,1
	sext.w	a7,a5
	addiw	a3,a3,48
	sb	a3,-1(a4)
	divuw	a5,a5,a6
	bgtu	a7,t3,.L5
	addw	a4,t5,t1
	addiw	a3,a4,-1
	slli	a3,a3,32
	addi	a5,a0,1
	add	a7,t6,a0
	srli	a3,a3,32
	mv	t1,a4
	add	a5,a1,a5
	add	a4,t4,a4
	add	a7,a7,a3
.L6:
	lbu	a3,-1(a4)
	addi	a5,a5,1
	addi	a4,a4,-1
	sb	a3,-1(a5)
	bne	a5,a7,.L6
	lbu	a3,0(a2)
	addiw	t1,t1,1
	add	a0,a0,t1
	bne	a3,zero,.L2
	add	a1,a1,a0
	sb	zero,0(a1)
	addi	sp,sp,16
	jr	ra
.L14:
	sb	zero,0(a1)
	ret
	.size	rle_encode, .-rle_encode
	.section	.note.GNU-stack,"",@progbits
