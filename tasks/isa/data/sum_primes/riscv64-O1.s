	.file	"sum_primes.c"
	.option pic
	.attribute arch, "rv64i2p1_m2p0_a2p1_f2p2_d2p2_c2p0_zicsr2p0_zifencei2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
	.align	1
	.globl	sum_primes
	.type	sum_primes, @function
sum_primes:
	mv	a7,a0
	li	a5,2
	li	a6,2
	li	a0,0
	li	t1,3
	li	t3,2
	bgt	a7,a5,.L2
	ret
.L6:
	add	a0,a0,a6
.L4:
	addi	a6,a6,1
	sext.w	a5,a6
	ble	a7,a5,.L1
.L2:
	sext.w	a2,a6
	mv	a1,a2
	ble	a2,t1,.L6
	andi	a5,a2,1
	beq	a5,zero,.L4
	mv	a4,t3
.L7:
	addiw	a5,a4,1
	sext.w	a4,a5
	mulw	a3,a5,a5
	bgt	a3,a1,.L6
	remw	a5,a2,a5
	bne	a5,zero,.L7
	j	.L4
.L1:
	ret
	.size	sum_primes, .-sum_primes
	.section	.note.GNU-stack,"",@progbits
