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
	addi	sp,sp,-64
	sd	s0,56(sp)
	addi	s0,sp,64
	mv	a5,a0
	sd	a1,-64(s0)
	sw	a5,-52(s0)
	lw	a5,-52(s0)
	sext.w	a4,a5
	li	a5,2
	bgt	a4,a5,.L2
	li	a5,0
	j	.L3
.L2:
	sw	zero,-20(s0)
	j	.L4
.L5:
	lw	a5,-20(s0)
	ld	a4,-64(s0)
	add	a5,a4,a5
	li	a4,1
	sb	a4,0(a5)
	lw	a5,-20(s0)
	addiw	a5,a5,1
	sw	a5,-20(s0)
.L4:
	lw	a5,-20(s0)
	mv	a4,a5
	lw	a5,-52(s0)
	sext.w	a4,a4
	sext.w	a5,a5
	blt	a4,a5,.L5
	sw	zero,-24(s0)
	li	a5,2
	sw	a5,-28(s0)
	j	.L6
.L11:
	lw	a5,-28(s0)
	ld	a4,-64(s0)
	add	a5,a4,a5
	lbu	a5,0(a5)
	beq	a5,zero,.L12
	lw	a5,-24(s0)
	addiw	a5,a5,1
	sw	a5,-24(s0)
	lw	a4,-28(s0)
	lw	a5,-28(s0)
	mul	a5,a4,a5
	sd	a5,-40(s0)
	j	.L9
.L10:
	ld	a5,-40(s0)
	ld	a4,-64(s0)
	add	a5,a4,a5
	sb	zero,0(a5)
	lw	a5,-28(s0)
	ld	a4,-40(s0)
	add	a5,a4,a5
	sd	a5,-40(s0)
.L9:
	lw	a5,-52(s0)
	ld	a4,-40(s0)
	blt	a4,a5,.L10
	j	.L8
.L12:
	nop
.L8:
	lw	a5,-28(s0)
	addiw	a5,a5,1
	sw	a5,-28(s0)
.L6:
	lw	a5,-28(s0)
	mv	a4,a5
	lw	a5,-52(s0)
	sext.w	a4,a4
	sext.w	a5,a5
	blt	a4,a5,.L11
	lw	a5,-24(s0)
.L3:
	mv	a0,a5
	ld	s0,56(sp)
	addi	sp,sp,64
	jr	ra
	.size	sieve_count, .-sieve_count
	.section	.note.GNU-stack,"",@progbits
