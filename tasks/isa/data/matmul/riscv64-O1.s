	.file	"matmul.c"
	.option pic
	.attribute arch, "rv64i2p1_m2p0_a2p1_f2p2_d2p2_c2p0_zicsr2p0_zifencei2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
	.align	1
	.globl	matmul
	.type	matmul, @function
matmul:
	ble	a3,zero,.L9
	addi	sp,sp,-16
	sd	s0,8(sp)
	mv	a6,a0
	mv	s0,a1
	mv	t0,a2
	mv	t6,a3
	slli	a0,a3,2
	mv	t4,a6
	add	a6,a6,a0
	li	t2,0
	li	t5,0
	j	.L3
.L5:
	addiw	a5,t2,1
	add	t4,t4,a0
	add	a6,a6,a0
	add	t0,t0,a0
	beq	t2,t3,.L1
	mv	t2,a5
.L3:
	mv	t1,s0
	mv	a7,t0
	mv	t3,t5
.L6:
	mv	a3,t1
	mv	a4,t4
	mv	a2,t5
.L4:
	lw	a1,0(a4)
	lw	a5,0(a3)
	mulw	a5,a5,a1
	addw	a5,a5,a2
	sext.w	a2,a5
	addi	a4,a4,4
	add	a3,a3,a0
	bne	a4,a6,.L4
	sw	a5,0(a7)
	addiw	a5,t3,1
	addi	a7,a7,4
	addi	t1,t1,4
	beq	t6,a5,.L5
	mv	t3,a5
	j	.L6
.L1:
	ld	s0,8(sp)
	addi	sp,sp,16
	jr	ra
.L9:
	ret
	.size	matmul, .-matmul
	.section	.note.GNU-stack,"",@progbits
