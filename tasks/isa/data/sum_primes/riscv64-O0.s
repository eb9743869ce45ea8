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
	addi	sp,sp,-64
	sd	s0,56(sp)
	addi	s0,sp,64
	mv	a5,a0
	sw	a5,-52(s0)
	sd	zero,-24(s0)
	li	a5,2
	sw	a5,-28(s0)
	j	.L2
.L8:
	li	a5,1
	sw	a5,-32(s0)
	li	a5,2
	sw	a5,-36(s0)
	j	.L3
.L6:
	lw	a5,-28(s0)
	mv	a4,a5
	lw	a5,-36(s0)
	remw	a5,a4,a5
	sext.w	a5,a5
	bne	a5,zero,.L4
	sw	zero,-32(s0)
	j	.L5
.L4:
	lw	a5,-36(s0)
	addiw	a5,a5,1
	sw	a5,-36(s0)
.L3:
	lw	a5,-36(s0)
	mulw	a5,a5,a5
	sext.w	a4,a5
	lw	a5,-28(s0)
	sext.w	a5,a5
	bge	a5,a4,.L6
.L5:
	lw	a5,-32(s0)
	sext.w	a5,a5
	beq	a5,zero,.L7
	lw	a5,-28(s0)
	ld	a4,-24(s0)
	add	a5,a4,a5
	sd	a5,-24(s0)
.L7:
	lw	a5,-28(s0)
	addiw	a5,a5,1
	sw	a5,-28(s0)
.L2:
	lw	a5,-28(s0)
	mv	a4,a5
	lw	a5,-52(s0)
	sext.w	a4,a4
	sext.w	a5,a5
	blt	a4,a5,.L8
	ld	a5,-24(s0)
	mv	a0,a5
	ld	s0,56(sp)
	addi	sp,sp,64
	jr	ra
	.size	sum_primes, .-sum_primes
	.section	.note.GNU-stack,"",@progbits
