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
	mv	a6,a0
	li	a5,2
	li	a1,2
	li	a0,0
	li	a4,2
	li	a7,3
	ble	a6,a5,.L17
.L2:
	bleu	a1,a7,.L6
	andi	a5,a4,1
	beq	a5,zero,.L4
	li	a3,2
	j	.L7
.L5:
	remw	a5,a4,a5
	beq	a5,zero,.L4
.L7:
	addiw	a3,a3,1
	mulw	a2,a3,a3
	mv	a5,a3
	ble	a2,a4,.L5
.L6:
	add	a0,a0,a1
.L4:
	addi	a1,a1,1
	sext.w	a4,a1
	bgt	a6,a4,.L2
	ret
.L17:
	ret
	.size	sum_primes, .-sum_primes
	.section	.note.GNU-stack,"",@progbits
