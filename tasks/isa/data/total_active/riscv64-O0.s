	.file	"total_active.c"
	.option pic
	.attribute arch, "rv64i2p1_m2p0_a2p1_f2p2_d2p2_c2p0_zicsr2p0_zifencei2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
	.align	1
	.globl	total_active
	.type	total_active, @function
total_active:
	addi	sp,sp,-64
	sd	s0,56(sp)
	addi	s0,sp,64
	sd	a0,-56(s0)
	mv	a5,a1
	mv	a4,a2
	sw	a5,-60(s0)
	mv	a5,a4
	sw	a5,-64(s0)
	sd	zero,-24(s0)
	sw	zero,-28(s0)
	j	.L2
.L4:
	lw	a5,-28(s0)
	slli	a5,a5,4
	ld	a4,-56(s0)
	add	a5,a4,a5
	sd	a5,-40(s0)
	ld	a5,-40(s0)
	lbu	a5,12(a5)
	beq	a5,zero,.L3
	ld	a5,-40(s0)
	lbu	a5,13(a5)
	bne	a5,zero,.L3
	ld	a5,-40(s0)
	lw	a4,8(a5)
	lw	a5,-64(s0)
	sext.w	a5,a5
	bgt	a5,a4,.L3
	ld	a5,-40(s0)
	lw	a5,8(a5)
	mv	a4,a5
	ld	a5,-24(s0)
	add	a5,a5,a4
	sd	a5,-24(s0)
.L3:
	lw	a5,-28(s0)
	addiw	a5,a5,1
	sw	a5,-28(s0)
.L2:
	lw	a5,-28(s0)
	mv	a4,a5
	lw	a5,-60(s0)
	sext.w	a4,a4
	sext.w	a5,a5
	blt	a4,a5,.L4
	ld	a5,-24(s0)
	mv	a0,a5
	ld	s0,56(sp)
	addi	sp,sp,64
	jr	ra
	.size	total_active, .-total_active
	.section	.note.GNU-stack,"",@progbits
