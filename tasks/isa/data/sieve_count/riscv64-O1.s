	.file	"sieve_count.c"
	.option pic
	.attribute arch, "rv64i2p1_m2p0_a2p1_f2p2_d2p2_c2p0_zicsr2p0_zifencei2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
	.align	1
	.globl	sieve_count
	.type	sieve_count, @function
sieve_count:
	mv	a7,a0
	li	a5,2
	ble	a0,a5,.L7
	mv	a5,a1
	add	a3,a0,a1
	li	a4,1
.L3:
	sb	a4,0(a5)
	addi	a5,a5,1
	bne	a5,a3,.L3
	li	a3,2
	li	a0,0
	mv	a6,a7
	j	.L6
.L4:
	addi	a3,a3,1
	sext.w	a5,a3
	bge	a5,a7,.L11
.L6:
	add	a5,a1,a3
	lbu	a5,0(a5)
	beq	a5,zero,.L4
	addiw	a0,a0,1
	mv	a2,a3
	mul	a5,a3,a3
	bge	a5,a7,.L4
.L5:
	add	a4,a1,a5
	sb	zero,0(a4)
	add	a5,a5,a2
	blt	a5,a6,.L5
	j	.L4
.L11:
	ret
.L7:
	li	a0,0
	ret
	.size	sieve_count, .-sieve_count
	.section	.note.GNU-stack,"",@progbits
