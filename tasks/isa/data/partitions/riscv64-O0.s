	.file	"partitions.c"
	.option pic
	.attribute arch, "rv64i2p1_m2p0_a2p1_f2p2_d2p2_c2p0_zicsr2p0_zifencei2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
	.align	1
	.globl	partitions
	.type	partitions, @function
partitions:
	addi	sp,sp,-48
	sd	ra,40(sp)
	sd	s0,32(sp)
	sd	s1,24(sp)
	addi	s0,sp,48
	mv	a5,a0
	mv	a4,a1
	sw	a5,-36(s0)
	mv	a5,a4
	sw	a5,-40(s0)
	lw	a5,-36(s0)
	sext.w	a5,a5
	bne	a5,zero,.L2
	li	a5,1
	j	.L3
.L2:
	lw	a5,-36(s0)
	sext.w	a5,a5
	blt	a5,zero,.L4
	lw	a5,-40(s0)
	sext.w	a5,a5
	bgt	a5,zero,.L5
.L4:
	li	a5,0
	j	.L3
.L5:
	lw	a5,-36(s0)
	mv	a4,a5
	lw	a5,-40(s0)
	subw	a5,a4,a5
	sext.w	a5,a5
	lw	a4,-40(s0)
	mv	a1,a4
	mv	a0,a5
	call	partitions
	mv	s1,a0
	lw	a5,-40(s0)
	addiw	a5,a5,-1
	sext.w	a4,a5
	lw	a5,-36(s0)
	mv	a1,a4
	mv	a0,a5
	call	partitions
	mv	a5,a0
	add	a5,s1,a5
.L3:
	mv	a0,a5
	ld	ra,40(sp)
	ld	s0,32(sp)
	ld	s1,24(sp)
	addi	sp,sp,48
	jr	ra
	.size	partitions, .-partitions
	.section	.note.GNU-stack,"",@progbits
