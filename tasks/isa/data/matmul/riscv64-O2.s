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
	mv	t5,a3
	mv	t4,a0
	mv	t2,a1
	ble	a3,zero,.L1
	slli	a0,a3,2
	add	a6,t4,a0
	mv	t6,a2
	li	t0,0
.L3:
	mv	a7,t2
	mv	t1,t6
	li	t3,0
.L6:
	mv	a3,a7
	mv	a4,t4
	li	a2,0
.L4:
	lw	a1,0(a4)
	lw	a5,0(a3)
	addi	a4,a4,4
	add	a3,a3,a0
	mulw	a5,a5,a1
	addw	a2,a5,a2
	bne	a6,a4,.L4
	sw	a2,0(t1)
	addiw	a5,t3,1
	addi	t1,t1,4
	addi	a7,a7,4
	beq	t5,a5,.L5
	mv	t3,a5
	j	.L6
.L5:
	addiw	a5,t0,1
	add	t4,t4,a0
	add	a6,a6,a0
	add	t6,t6,a0
	beq	t3,t0,.L1
	mv	t0,a5
	j	.L3
.L1:
	ret
	.size	matmul, .-matmul
	.section	.note.GNU-stack,"",@progbits
