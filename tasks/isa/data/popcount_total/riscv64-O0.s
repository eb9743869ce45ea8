	.file	"popcount_total.c"
	.option pic
	.attribute arch, "rv64i2p1_m2p0_a2p1_f2p2_d2p2_c2p0_zicsr2p0_zifencei2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
	.align	1
	.globl	popcount_total
	.type	popcount_total, @function
popcount_total:
	addi	sp,sp,-64
	sd	s0,56(sp)
	addi	s0,sp,64
	sd	a0,-56(s0)
	mv	a5,a1
	sw	a5,-60(s0)
	sd	zero,-24(s0)
	sw	zero,-28(s0)
	j	.L2
.L5:
	lw	a5,-28(s0)
	slli	a5,a5,3
	ld	a4,-56(s0)
	add	a5,a4,a5
	ld	a5,0(a5)
	sd	a5,-40(s0)
	j	.L3
.L4:
	ld	a5,-40(s0)
	addi	a5,a5,-1
	ld	a4,-40(s0)
	and	a5,a4,a5
	sd	a5,-40(s0)
	ld	a5,-24(s0)
	addi	a5,a5,1
	sd	a5,-24(s0)
.L3:
	ld	a5,-40(s0)
	bne	a5,zero,.L4
	lw	a5,-28(s0)
	addiw	a5,a5,1
	sw	a5,-28(s0)
.L2:
	lw	a5,-28(s0)
	mv	a4,a5
	lw	a5,-60(s0)
	sext.w	a4,a4
	sext.w	a5,a5
	blt	a4,a5,.L5
	ld	a5,-24(s0)
	mv	a0,a5
	ld	s0,56(sp)
	addi	sp,sp,64
	jr	ra
	.size	popcount_total, .-popcount_total
	.section	.note.GNU-stack,"",@progbits
