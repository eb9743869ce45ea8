	.file	"collatz_longest.c"
	.option pic
	.attribute arch, "rv64i2p1_m2p0_a2p1_f2p2_d2p2_c2p0_zicsr2p0_zifencei2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
	.align	1
	.globl	collatz_longest
	.type	collatz_longest, @function
collatz_longest:
	addi	sp,sp,-64
	sd	s0,56(sp)
	addi	s0,sp,64
	mv	a5,a0
	sw	a5,-52(s0)
	sw	zero,-20(s0)
	sw	zero,-24(s0)
	li	a5,1
	sw	a5,-28(s0)
	j	.L2
.L9:
	lwu	a5,-28(s0)
	sd	a5,-40(s0)
	sw	zero,-44(s0)
	j	.L3
.L6:
	ld	a5,-40(s0)
	andi	a5,a5,1
	beq	a5,zero,.L4
	ld	a4,-40(s0)
	mv	a5,a4
	slli	a5,a5,1
	add	a5,a5,a4
	addi	a5,a5,1
	j	.L5
.L4:
	ld	a5,-40(s0)
	srli	a5,a5,1
.L5:
	sd	a5,-40(s0)
	lw	a5,-44(s0)
	addiw	a5,a5,1
	sw	a5,-44(s0)
.L3:
	ld	a4,-40(s0)
	li	a5,1
	bne	a4,a5,.L6
	lw	a5,-20(s0)
	sext.w	a5,a5
	beq	a5,zero,.L7
	lw	a5,-44(s0)
	mv	a4,a5
	lw	a5,-24(s0)
	sext.w	a4,a4
	sext.w	a5,a5
	bleu	a4,a5,.L8
.L7:
	lw	a5,-28(s0)
	sw	a5,-20(s0)
	lw	a5,-44(s0)
	sw	a5,-24(s0)
.L8:
	lw	a5,-28(s0)
	addiw	a5,a5,1
	sw	a5,-28(s0)
.L2:
	lw	a5,-28(s0)
	mv	a4,a5
	lw	a5,-52(s0)
	sext.w	a4,a4
	sext.w	a5,a5
	bltu	a4,a5,.L9
	lw	a5,-20(s0)
	mv	a0,a5
	ld	s0,56(sp)
	addi	sp,sp,64
	jr	ra
	.size	collatz_longest, .-collatz_longest
	.section	.note.GNU-stack,"",@progbits
